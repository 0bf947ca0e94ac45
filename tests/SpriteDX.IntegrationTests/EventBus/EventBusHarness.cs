using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.EventBus;

/// <summary>
/// The real event bus on real SQLite files (or a PostgreSQL database of its own, with
/// SPRITEDX_TEST_POSTGRES), with two tiny "modules" of its own: a sender whose changes carry
/// notifications, and a receiver whose handlers record what they saw.
/// </summary>
internal sealed class EventBusHarness : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "spritedx-bus-tests", Guid.NewGuid().ToString("n"));
    private readonly DatabaseOptions _database;
    private readonly ServiceProvider _services;

    /// <param name="connections">
    /// On PostgreSQL, the size of the pool every module shares, with a short wait for a free connection:
    /// shows how many connections a notification's way through the modules holds at once.
    /// </param>
    public EventBusHarness(int? connections = null)
    {
        Directory.CreateDirectory(_directory);
        _database = TestPostgres.Enabled
            ? new DatabaseOptions { Provider = DatabaseProvider.Postgres, PostgresConnectionString = PostgresDatabase(connections), DataDirectory = _directory }
            : new DatabaseOptions { DataDirectory = _directory };
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Faults);
        services.Configure<DatabaseOptions>(o =>
        {
            o.Provider = _database.Provider;
            o.PostgresConnectionString = _database.PostgresConnectionString;
            o.DataDirectory = _database.DataDirectory;
        });
        services.AddEventBus(o =>
        {
            o.MaxAttempts = 3;
            o.FirstRetryDelay = TimeSpan.FromSeconds(10);
        });
        services.AddModuleDbContext<SenderDbContext>("sender");
        services.AddModuleDbContext<ReceiverDbContext>("receiver");
        services.AddNotificationHandlersFrom(typeof(EventBusHarness).Assembly);
        _services = services.BuildServiceProvider(validateScopes: true);
        using var scope = _services.CreateScope();
        CreateTables(scope.ServiceProvider.GetRequiredService<SenderDbContext>());
        CreateTables(scope.ServiceProvider.GetRequiredService<ReceiverDbContext>());
    }

    private static string PostgresDatabase(int? connections) =>
        connections is { } pool
            ? new Npgsql.NpgsqlConnectionStringBuilder(TestPostgres.NewDatabase()) { MaxPoolSize = pool, Timeout = 5 }.ConnectionString
            : TestPostgres.NewDatabase();

    /// <summary>EnsureCreated would skip the second module: on PostgreSQL both share one database.</summary>
    private static void CreateTables(DbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists())
            creator.Create();
        creator.CreateTables();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public HandlerFaults Faults { get; } = new();

    /// <summary>What the bus logged at Warning and above.</summary>
    public CapturedLogs Logs { get; } = new();

    public IOutboxDispatcher SenderOutbox => _services.GetServices<IOutboxDispatcher>().Single(d => d.Module == "sender");

    public IDeadLetterStore SenderDeadLetters => _services.GetServices<IDeadLetterStore>().Single(s => s.Module == "sender");

    public Task<Guid> SendAsync(string text) => SendAsync(text, db => db.SaveAndPublishAsync());

    /// <summary>A plain SaveChangesAsync: the change and its outbox row commit, and nothing is published.</summary>
    public Task<Guid> SendWithoutPublishingAsync(string text) => SendAsync(text, db => db.SaveChangesAsync());

    /// <summary>As a handler saves (<see cref="InboxTransactions.HandleOnceAsync"/>): inside a transaction of its own.</summary>
    public Task<Guid> SendInTransactionAsync(string text) =>
        SendInTransactionAsync(text, (db, transaction) => db.CommitAndPublishAsync(transaction));

    /// <summary>Asks for a publish before the transaction that holds the row has committed.</summary>
    public Task<Guid> PublishInsideTransactionAsync(string text) =>
        SendInTransactionAsync(text, async (db, transaction) =>
        {
            await db.SaveAndPublishAsync();
            await transaction.CommitAsync();
        });

    private Task<Guid> SendInTransactionAsync(string text, Func<SenderDbContext, IDbContextTransaction, Task> commit) =>
        SendAsync(text, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await commit(db, transaction);
        });

    private async Task<Guid> SendAsync(string text, Func<SenderDbContext, Task> save)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SenderDbContext>();
        var id = AddWithNotification(db, text);
        await save(db);
        return id;
    }

    /// <summary>The change and its outbox row commit, then the process "dies" before publishing.</summary>
    public async Task<Guid> SendThenCrashAsync(string text)
    {
        var options = new DbContextOptionsBuilder<SenderDbContext>();
        ModuleDatabaseServiceCollectionExtensions.UseModuleDatabase(options, _database, "sender");
        await using var db = new SenderDbContext(options.Options);
        var id = AddWithNotification(db, text);
        await db.SaveChangesAsync();
        return id;
    }

    private Guid AddWithNotification(SenderDbContext db, string text)
    {
        var notification = new SomethingHappened(Guid.NewGuid(), Clock.GetUtcNow(), text);
        db.Things.Add(new Thing { Id = Guid.NewGuid(), Text = text });
        db.Outbox.Add(notification);
        return notification.MessageId;
    }

    /// <summary>Leases the row as another dispatcher (another instance, or a process that has since died) would.</summary>
    public async Task LeaseElsewhereAsync(Guid id, TimeSpan lease)
    {
        await using var scope = _services.CreateAsyncScope();
        var until = Clock.GetUtcNow() + lease;
        await scope.ServiceProvider.GetRequiredService<SenderDbContext>().Outbox.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until));
    }

    public async Task PublishDirectlyAsync(SomethingHappened notification)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    public async Task<IReadOnlyList<Reaction>> ReactionsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReceiverDbContext>().Reactions.AsNoTracking()
            .OrderBy(r => r.Handler).ThenBy(r => r.Text).ToListAsync();
    }

    public async Task<OutboxMessage> SenderOutboxRowAsync(Guid id)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SenderDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public IHostedService Sweeper => _services.GetServices<IHostedService>().Single(s => s.GetType().Name == "OutboxSweeper");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_database.SharedByInstances)
            await TestPostgres.DropAsync(_database.PostgresConnectionString);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record SomethingHappened(Guid MessageId, DateTimeOffset OccurredAt, string Text) : IIntegrationEvent;

internal sealed class Thing
{
    public Guid Id { get; init; }

    public string Text { get; init; } = "";
}

internal sealed class Reaction
{
    public int Id { get; init; }

    public string Handler { get; init; } = "";

    public string Text { get; init; } = "";
}

/// <summary>Which handlers should throw, and how many times, so tests can stage failures.</summary>
internal sealed class HandlerFaults
{
    private readonly Dictionary<string, int> _remaining = [];

    public void Fail(string handler, int times = int.MaxValue) => _remaining[handler] = times;

    public void ThrowIfStaged(string handler)
    {
        lock (_remaining)
        {
            if (_remaining.TryGetValue(handler, out var left) && left > 0)
            {
                _remaining[handler] = left - 1;
                throw new InvalidOperationException($"{handler} failed on purpose");
            }
        }
    }
}

internal sealed class SenderDbContext(DbContextOptions<SenderDbContext> options) : ModuleDbContext(options, "sender")
{
    public DbSet<Thing> Things => Set<Thing>();
}

internal sealed class ReceiverDbContext(DbContextOptions<ReceiverDbContext> options) : ModuleDbContext(options, "receiver")
{
    public DbSet<Reaction> Reactions => Set<Reaction>();
}

internal abstract class RecordingHandler(ReceiverDbContext db, HandlerFaults faults) : INotificationHandler<SomethingHappened>
{
    public async Task Handle(SomethingHappened notification, CancellationToken cancellationToken)
    {
        var name = GetType().Name;
        if (!await db.Inbox.TryClaimAsync(notification.MessageId, name, cancellationToken))
            return;
        db.Reactions.Add(new Reaction { Handler = name, Text = notification.Text });
        faults.ThrowIfStaged(name); // after the change is tracked: a failure must not leave it behind
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class FirstReaction(ReceiverDbContext db, HandlerFaults faults) : RecordingHandler(db, faults);

internal sealed class SecondReaction(ReceiverDbContext db, HandlerFaults faults) : RecordingHandler(db, faults);

internal sealed class ThirdReaction(ReceiverDbContext db, HandlerFaults faults) : RecordingHandler(db, faults);
