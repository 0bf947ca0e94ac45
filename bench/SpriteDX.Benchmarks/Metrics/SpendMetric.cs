using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.Benchmarks.Harness;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// Credit reservations per second through the real Credits path — a GenerationRequested published
/// through the app's IMediator reaches ReserveCreditsOnGenerationRequested, which claims its inbox
/// row, moves credits with CreditLedger's conditional UPDATE … RETURNING, writes the ledger entry,
/// the reservation and two outbox rows in one transaction, and publishes them after the commit —
/// against the raw ADO.NET provider (Microsoft.Data.Sqlite, or Npgsql with bench/run --postgres) doing
/// a conditional UPDATE and a ledger INSERT in a transaction, in its own file or database with the same
/// schema (the Credits migrations). Both run one at a time (SQLite has one writer), interleaved round
/// by round so machine noise hits both alike; the ratio is of the round medians.
/// </summary>
internal sealed class SpendMetric : IMetric
{
    private const int Cost = 10;

    public string Name => "spend";

    public double Target => 0.50;

    public int Order => 10;

    public async Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var errorLog = new ErrorCountingLoggerProvider();
        var database = context.Database;
        await using var subject = await CreditsPath.CreateAsync(database.NewPlace(context.NewScratchDirectory("spend-credits"), "spend_handler"), errorLog, ct);
        await using var baseline = await RawLedger.CreateAsync(database, database.NewPlace(context.NewScratchDirectory("spend-raw"), "spend_raw"), ct);

        // Errors of the load only: migrating a new PostgreSQL database logs EF Core's first look for its missing history table.
        errorLog.Reset();
        Log.Progress($"spend: warm-up {profile.SpendWarmup} reservations each");
        await BlockAsync(subject.ReserveAsync, profile.SpendWarmup, null, ct);
        await BlockAsync(baseline.ReserveAsync, profile.SpendWarmup, null, ct);

        var subjectLatency = new Latencies();
        var baselineLatency = new Latencies();
        var subjectRounds = new List<double>();
        var baselineRounds = new List<double>();
        var roundRatios = new List<double>();
        var block = Math.Max(1, profile.SpendOpsPerRound / 5);
        for (var round = 0; round < profile.SpendRounds; round++)
        {
            // Within a round, blocks of each side alternate (and swap who goes first), so a noisy
            // moment on this shared machine lands on both; the ratio is taken per round, then the median.
            var (subjectTime, baselineTime, subjectOps, baselineOps) = (TimeSpan.Zero, TimeSpan.Zero, 0, 0);
            for (var b = 0; b * block < profile.SpendOpsPerRound; b++)
            {
                var count = Math.Min(block, profile.SpendOpsPerRound - (b * block));
                for (var side = 0; side < 2; side++)
                {
                    if ((side + b + round) % 2 == 0)
                    {
                        var (ops, time) = await BlockAsync(subject.ReserveAsync, count, subjectLatency, ct);
                        (subjectOps, subjectTime) = (subjectOps + ops, subjectTime + time);
                    }
                    else
                    {
                        var (ops, time) = await BlockAsync(baseline.ReserveAsync, count, baselineLatency, ct);
                        (baselineOps, baselineTime) = (baselineOps + ops, baselineTime + time);
                    }
                }
            }

            subjectRounds.Add(subjectOps / subjectTime.TotalSeconds);
            baselineRounds.Add(baselineOps / baselineTime.TotalSeconds);
            roundRatios.Add(subjectRounds[^1] / baselineRounds[^1]);
            Log.Progress($"spend: round {round + 1}/{profile.SpendRounds}: handler {subjectRounds[^1]:0}/s, raw {baselineRounds[^1]:0}/s, ratio {roundRatios[^1]:0.000}");
        }

        var anatomy = await subject.CountStatementsAsync(20, ct);

        var subjectCheck = await subject.CheckAsync(ct);
        var baselineCheck = await baseline.CheckAsync(ct);
        var errors = subject.Errors + baseline.Errors + errorLog.Count + subjectCheck.Problems + baselineCheck.Problems;

        var subjectFigures = subjectLatency.Summary();
        subjectFigures["throughput_per_s"] = Stats.Median(subjectRounds);
        subjectFigures["round_spread"] = Stats.Spread(subjectRounds);
        subjectFigures["sql_commands_per_op"] = anatomy.Commands;
        subjectFigures["write_commands_per_op"] = anatomy.Writes;
        subjectFigures["commits_per_op"] = anatomy.Commits;
        subjectFigures["reservations"] = subjectCheck.Reservations;
        subjectFigures["ledger_rows"] = subjectCheck.LedgerRows;
        subjectFigures["errors"] = subject.Errors + errorLog.Count + subjectCheck.Problems;
        var baselineFigures = baselineLatency.Summary();
        baselineFigures["throughput_per_s"] = Stats.Median(baselineRounds);
        baselineFigures["round_spread"] = Stats.Spread(baselineRounds);
        baselineFigures["sql_commands_per_op"] = 2;
        baselineFigures["write_commands_per_op"] = 2;
        baselineFigures["commits_per_op"] = 1;
        baselineFigures["ledger_rows"] = baselineCheck.LedgerRows;
        baselineFigures["errors"] = baseline.Errors + baselineCheck.Problems;

        var notes = new List<string>
        {
            $"ratio = median over {profile.SpendRounds} rounds of (handler/s ÷ raw/s); each round {profile.SpendOpsPerRound} reservations per side in alternating blocks of {block}, after {profile.SpendWarmup} warm-up each, one at a time, on {database.Description}",
            "handler = IMediator.Publish(GenerationRequested) with only the Credits module registered (its outbox rows are published in-process after commit; no other module reacts)",
        };
        notes.Add($"per reservation the handler path sends {anatomy.Commands:0.#} SQL commands through EF Core ({anatomy.Writes:0.#} writing) and commits {anatomy.Commits:0.#} times there, "
                  + "plus the usual reservation's own command, which goes around EF Core (SingleCommandReservation: 1 command, 1 commit); the raw loop sends 2 and commits once");
        if (errorLog.First is { } first)
            notes.Add($"first error logged by the app: {first}");
        notes.AddRange(subjectCheck.Messages.Concat(baselineCheck.Messages));

        return new MetricResult(Name, MetricStatus.Measured, Target)
        {
            Ratio = Stats.Median(roundRatios),
            Errors = errors,
            Figures = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["handler"] = subjectFigures, ["raw_" + database.Name] = baselineFigures },
            Notes = notes,
        };
    }

    /// <summary>Runs up to <paramref name="count"/> reservations one after another (at most 30 s); returns how many and how long.</summary>
    private static async Task<(int Ops, TimeSpan Time)> BlockAsync(Func<CancellationToken, Task> reserve, int count, Latencies? latencies, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(30); // a bound in time as well as in count
        var done = 0;
        for (; done < count && watch.Elapsed < limit; done++)
        {
            var started = Stopwatch.GetTimestamp();
            await reserve(ct);
            latencies?.Add(started);
        }

        return (done, watch.Elapsed);
    }

    /// <summary>The Credits module on its own SQLite file or PostgreSQL database, wired as the Host wires it (event bus, module services, migrations).</summary>
    private sealed class CreditsPath : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly SqlCounter _counter;
        private readonly Guid _account = Guid.NewGuid();
        private long _errors;
        private long _requested;

        private CreditsPath(ServiceProvider services, SqlCounter counter) => (_services, _counter) = (services, counter);

        public long Errors => Interlocked.Read(ref _errors);

        public static async Task<CreditsPath> CreateAsync(DatabaseOptions place, ILoggerProvider errors, CancellationToken ct)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Credits:SignupBonus"] = "0",
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(errors));
            services.AddSingleton<IConfiguration>(configuration);
            services.AddOptions<DatabaseOptions>().Configure(o =>
            {
                o.Provider = place.Provider;
                o.DataDirectory = place.DataDirectory;
                o.PostgresConnectionString = place.PostgresConnectionString;
            });
            services.AddEventBus();
            new CreditsModule().AddServices(services, configuration);
            var counter = new SqlCounter(); // counts only while a diagnostic pass switches it on
            services.ConfigureDbContext<CreditsDbContext>((_, options) => options.AddInterceptors(counter));
            var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            // As the Host does: the lock creates a missing PostgreSQL database first (no-op on SQLite), so
            // EF Core's migrations do not log a failed connection to it as an error of the load.
            await using (await provider.GetRequiredService<ClusterLock>().AcquireAsync("migrations", ct))
                await provider.MigrateModuleAsync<CreditsDbContext>(ct);

            var path = new CreditsPath(provider, counter);
            await path.GrantAsync(ct);
            return path;
        }

        /// <summary>Enough credits for every reservation of the run, through the ledger itself.</summary>
        private async Task GrantAsync(CancellationToken ct)
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CreditsDbContext>();
            var ledger = scope.ServiceProvider.GetRequiredService<CreditLedger>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ledger.MoveAsync(new CreditMovement(_account, LedgerKind.AdminGrant, 1_000_000_000, "bench", "grant", "Benchmark credits"), ct);
            await db.CommitAndPublishAsync(transaction, ct);
        }

        public async Task ReserveAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _requested);
            try
            {
                await using var scope = _services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Publish(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), _account, Cost), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref _errors);
            }
        }

        /// <summary>The anatomy of one reservation: SQL commands sent, those that write, and commits (explicit or autocommit).</summary>
        public async Task<(double Commands, double Writes, double Commits)> CountStatementsAsync(int reservations, CancellationToken ct)
        {
            _counter.Reset();
            _counter.Enabled = true;
            for (var i = 0; i < reservations; i++)
                await ReserveAsync(ct);
            _counter.Enabled = false;
            return (_counter.Commands / (double)reservations, _counter.Writes / (double)reservations, _counter.Commits / (double)reservations);
        }

        /// <summary>Every request reserved, the stored balance is the sum of the ledger, every notification was published.</summary>
        public async Task<Check> CheckAsync(CancellationToken ct)
        {
            await using var scope = _services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CreditsDbContext>();
            var reservations = await db.Reservations.CountAsync(r => r.AccountId == _account, ct);
            var ledgerRows = await db.Ledger.CountAsync(e => e.AccountId == _account, ct);
            var sum = await db.Ledger.Where(e => e.AccountId == _account).SumAsync(e => e.Amount, ct);
            var balance = await db.Accounts.Where(a => a.AccountId == _account).Select(a => a.Balance).SingleAsync(ct);
            // Deliveries are marked published a moment later, many at once: wait for the last marks (bounded).
            var unpublished = await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null, ct);
            for (var wait = 0; unpublished != 0 && wait < 100; wait++)
            {
                await Task.Delay(50, ct);
                unpublished = await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null, ct);
            }

            var messages = new List<string>();
            var problems = 0;
            if (reservations != Interlocked.Read(ref _requested))
                (problems, messages) = (problems + 1, [.. messages, $"handler: {reservations} reservations for {_requested} requests"]);
            if (sum != balance)
                (problems, messages) = (problems + 1, [.. messages, $"handler: stored balance {balance} is not the ledger's sum {sum}"]);
            if (unpublished != 0)
                (problems, messages) = (problems + 1, [.. messages, $"handler: {unpublished} outbox rows were not published"]);
            return new Check(reservations, ledgerRows, problems, messages);
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            return _services.DisposeAsync();
        }
    }

    /// <summary>The baseline: one connection, two prepared statements, a transaction per reservation.</summary>
    private sealed class RawLedger : IAsyncDisposable
    {
        private readonly DbConnection _connection;
        private readonly DbCommand _debit;
        private readonly DbCommand _insert;
        private readonly DbParameter _after;
        private readonly DbParameter _at;
        private readonly DbParameter _source;
        private readonly object _account;
        private readonly BenchDatabase _database;
        private long _errors;
        private long _requested;

        private RawLedger(DbConnection connection, BenchDatabase database)
        {
            _connection = connection;
            _database = database;
            _account = database.Key(Guid.NewGuid());
            // Parameters get values of their final types before Prepare, so Npgsql knows what to prepare.
            _debit = connection.CreateCommand();
            _debit.CommandText = "UPDATE credit_accounts SET \"Balance\" = \"Balance\" - @c WHERE \"AccountId\" = @a AND \"Balance\" >= @c RETURNING \"Balance\"";
            _debit.AddParameter("@c", (long)Cost);
            _debit.AddParameter("@a", _account);
            _insert = connection.CreateCommand();
            _insert.CommandText = """
                INSERT INTO ledger_entries ("AccountId", "Kind", "Amount", "BalanceAfter", "At", "Description", "SourceType", "SourceId")
                VALUES (@a, 2, @amount, @after, @at, 'Sprite generation', 'generation', @source)
                """;
            _insert.AddParameter("@a", _account);
            _insert.AddParameter("@amount", (long)-Cost);
            _after = _insert.AddParameter("@after", 0L);
            _at = _insert.AddParameter("@at", database.Time(DateTimeOffset.UtcNow));
            _source = _insert.AddParameter("@source", "");
            _debit.Prepare();
            _insert.Prepare();
        }

        public long Errors => Interlocked.Read(ref _errors);

        public static async Task<RawLedger> CreateAsync(BenchDatabase database, DatabaseOptions place, CancellationToken ct)
        {
            // The same tables and indexes as the module's database: the Credits migrations, applied to this place.
            var options = new DbContextOptionsBuilder<CreditsDbContext>();
            ModuleDatabaseServiceCollectionExtensions.UseModuleDatabase(options, place, CreditsModule.ModuleName);
            await using (var db = new CreditsDbContext(options.Options))
                await db.Database.MigrateAsync(ct);
            SqliteConnection.ClearAllPools();

            var raw = new RawLedger(await database.OpenAsync(place, CreditsModule.ModuleName, ct), database);
            await using var seed = raw._connection.CreateCommand();
            seed.CommandText = """
                INSERT INTO credit_accounts ("AccountId", "Balance", "Owed", "TestBalance", "TestMode") VALUES (@a, 1000000000, 0, 0, FALSE);
                INSERT INTO ledger_entries ("AccountId", "Kind", "Amount", "BalanceAfter", "At", "Description", "SourceType", "SourceId")
                VALUES (@a, 8, 1000000000, 1000000000, @at, 'Benchmark credits', 'bench', 'grant');
                """;
            seed.AddParameter("@a", raw._account);
            seed.AddParameter("@at", database.Time(DateTimeOffset.UtcNow));
            await seed.ExecuteNonQueryAsync(ct);
            return raw;
        }

        public Task ReserveAsync(CancellationToken ct)
        {
            Interlocked.Increment(ref _requested);
            try
            {
                using var transaction = _connection.BeginTransaction();
                _debit.Transaction = transaction;
                _insert.Transaction = transaction;
                if (_debit.ExecuteScalar() is not long after)
                {
                    Interlocked.Increment(ref _errors);
                    return Task.CompletedTask;
                }

                _after.Value = after;
                _at.Value = _database.Time(DateTimeOffset.UtcNow);
                _source.Value = Guid.NewGuid().ToString();
                _insert.ExecuteNonQuery();
                transaction.Commit();
            }
            catch (DbException)
            {
                Interlocked.Increment(ref _errors);
            }

            return Task.CompletedTask;
        }

        public async Task<Check> CheckAsync(CancellationToken ct)
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT (SELECT COUNT(*) FROM ledger_entries WHERE "AccountId" = @a),
                       (SELECT CAST(SUM("Amount") AS BIGINT) FROM ledger_entries WHERE "AccountId" = @a),
                       (SELECT "Balance" FROM credit_accounts WHERE "AccountId" = @a)
                """;
            command.AddParameter("@a", _account);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (rows, sum, balance) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            var problems = new List<string>();
            if (sum != balance)
                problems.Add($"raw: stored balance {balance} is not the ledger's sum {sum}");
            if (rows != Interlocked.Read(ref _requested) + 1)
                problems.Add($"raw: {rows - 1} ledger rows for {_requested} requests");
            return new Check(0, rows, problems.Count, problems);
        }

        public async ValueTask DisposeAsync()
        {
            await _debit.DisposeAsync();
            await _insert.DisposeAsync();
            await _connection.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    private sealed record Check(long Reservations, long LedgerRows, int Problems, IReadOnlyList<string> Messages);
}

/// <summary>Counts SQL commands and commits while enabled (a diagnostic pass outside the timed rounds).</summary>
internal sealed class SqlCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    private long _commands;
    private long _writes;
    private long _commits;

    public volatile bool Enabled;

    public long Commands => Interlocked.Read(ref _commands);

    public long Writes => Interlocked.Read(ref _writes);

    public long Commits => Interlocked.Read(ref _commits);

    public void Reset() => (_commands, _writes, _commits) = (0, 0, 0);

    private void Count(DbCommand command)
    {
        if (!Enabled)
            return;
        Interlocked.Increment(ref _commands);
        var text = command.CommandText.TrimStart();
        var writes = text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
                     || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
        if (!writes)
            return;
        Interlocked.Increment(ref _writes);
        if (command.Transaction is null)
            Interlocked.Increment(ref _commits); // an autocommit write is a commit of its own
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Enabled)
            Interlocked.Increment(ref _commits);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}

/// <summary>Counts what the app logs at Warning or above (a failed immediate publish is only logged), as errors of the load.</summary>
internal sealed class ErrorCountingLoggerProvider : ILoggerProvider
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public string? First { get; private set; }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        First = null;
    }

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(ErrorCountingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            if (Interlocked.Increment(ref owner._count) == 1)
                owner.First = string.Create(CultureInfo.InvariantCulture, $"{category}: {formatter(state, exception)} {exception?.GetBaseException().Message}");
        }
    }
}
