using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.StripeEmulator;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// The real SpriteDX host on a free loopback port, with its own temporary data directory (and, with
/// SPRITEDX_TEST_POSTGRES set, its own PostgreSQL database), so tests drive it over HTTP exactly as a
/// browser would. Restartable on the same data; <see cref="StartBeside"/> adds a second host on them.
/// </summary>
internal sealed class SpriteDxApp : IAsyncDisposable
{
    /// <summary>Becomes an admin when it registers (Admin:BootstrapEmails).</summary>
    public const string AdminEmail = "boss@spritedx.test";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsData;
    private WebApplicationFactory<Program> _factory;
    private HostLife _life = new();

    private SpriteDxApp(string dataDirectory, Dictionary<string, string?> settings, Action<IServiceCollection>? services, bool ownsData)
    {
        DataDirectory = dataDirectory;
        _settings = settings;
        _services = services;
        _ownsData = ownsData;
        _factory = Start();
    }

    public string DataDirectory { get; }

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public IServiceProvider Services => _factory.Services;

    public static SpriteDxApp Start(params (string Key, string? Value)[] settings) => Start(null, settings);

    /// <summary>Starts the app with extra service registrations, such as a fake clock.</summary>
    public static SpriteDxApp Start(Action<IServiceCollection>? services, params (string Key, string? Value)[] settings)
    {
        var (dataDirectory, all) = NewData(settings);
        return new SpriteDxApp(dataDirectory, all, services, ownsData: true);
    }

    /// <summary>Two hosts starting at the same moment on new, empty data, as a cluster's first deployment would.</summary>
    public static async Task<(SpriteDxApp First, SpriteDxApp Second)> StartTogetherAsync(params (string Key, string? Value)[] settings)
    {
        var (dataDirectory, all) = NewData(settings);
        var first = Task.Run(() => new SpriteDxApp(dataDirectory, all, null, ownsData: true));
        var second = Task.Run(() => new SpriteDxApp(dataDirectory, new Dictionary<string, string?>(all), null, ownsData: false));
        try
        {
            await Task.WhenAll(first, second);
        }
        catch
        {
            if (second.IsCompletedSuccessfully)
                await second.Result.DisposeAsync();
            if (first.IsCompletedSuccessfully)
                await first.Result.DisposeAsync();
            throw;
        }

        return (first.Result, second.Result);
    }

    private static (string DataDirectory, Dictionary<string, string?> Settings) NewData((string Key, string? Value)[] settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spritedx-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataDirectory);
        var all = new Dictionary<string, string?>
        {
            ["SpriteDX:DataDir"] = dataDirectory,
            ["Admin:BootstrapEmails"] = AdminEmail,
            // Hundreds of tests act as the admin to test something else; the tests about two-factor sign-in turn it on.
            ["Admin:RequireTwoFactor"] = "false",
            ["EventBus:SweepInterval"] = "00:00:00.200",
            ["EventBus:SweepGrace"] = "00:00:01",
            // Every request of a test comes from 127.0.0.1: per-client limits are raised out of the way and
            // lowered only by the tests about them.
            ["Accounts:SignInsPerMinute"] = "100000",
            ["Accounts:SignUpsPerMinute"] = "100000",
            ["Accounts:PasswordResetsPerMinute"] = "100000",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Payments:WebhooksPerMinute"] = "100000",
        };
        if (TestPostgres.Enabled)
        {
            all["Database:Provider"] = "Postgres";
            all["ConnectionStrings:Postgres"] = TestPostgres.NewDatabase();
        }

        foreach (var (key, value) in settings)
            all[key] = value;
        return (dataDirectory, all);
    }

    /// <summary>
    /// Another host on the same database and data directory, as a second instance behind a load
    /// balancer. Dispose it before the first one, which owns (and deletes) the data.
    /// </summary>
    public static SpriteDxApp StartBeside(SpriteDxApp first, params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>(first._settings);
        foreach (var (key, value) in settings)
            all[key] = value;
        return new SpriteDxApp(first.DataDirectory, all, first._services, ownsData: false);
    }

    /// <summary>A second host (see <see cref="StartBeside"/>) whose Stripe is the first one's emulator, as both would talk to Stripe.</summary>
    public static SpriteDxApp StartBesideSharingStripe(SpriteDxApp first) => StartBeside(first,
        ("Stripe:Emulator:Enabled", "false"),
        ("Stripe:ApiBase", new Uri(first.BaseAddress, StripeEmulatorDefaults.InProcessPathPrefix).ToString()),
        ("Stripe:Live:SecretKey", StripeEmulatorDefaults.LiveSecretKey),
        ("Stripe:Live:WebhookSecret", StripeEmulatorDefaults.LiveWebhookSecret),
        ("Stripe:Test:SecretKey", StripeEmulatorDefaults.TestSecretKey),
        ("Stripe:Test:WebhookSecret", StripeEmulatorDefaults.TestWebhookSecret));

    public bool OnPostgres => _settings.GetValueOrDefault("Database:Provider") == "Postgres";

    /// <summary>A fresh visitor: own cookies, redirects visible to the test.</summary>
    public TestBrowser NewBrowser()
    {
        var cookies = new CookieContainer();
        return new TestBrowser(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = BaseAddress,
        }, cookies);
    }

    /// <summary>Another client holding a copy of <paramref name="original"/>'s cookies, as someone who copied them would.</summary>
    public TestBrowser CopyOf(TestBrowser original)
    {
        var copy = NewBrowser();
        copy.Cookies.Add(original.Cookies.GetAllCookies());
        return copy;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Delivers a notification through the app's bus, as another module would.</summary>
    public Task PublishAsync(IIntegrationEvent notification) =>
        WithScopeAsync(async services =>
        {
            await services.GetRequiredService<IMediator>().Publish(notification);
            return true;
        });

    public Task<Guid> AccountIdAsync(string email) =>
        WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Users
            .Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());

    /// <summary>
    /// Kills the host, as kill -9 would: from this moment nothing it does reaches the database (no lease
    /// released, no mark written while it stops), then starts a new one on the same data.
    /// </summary>
    public async Task KillAndRestartAsync()
    {
        _life.Ends();
        await RestartAsync();
    }

    /// <summary>Kills the host and starts no other: the hosts beside it carry on. Dispose it later as usual.</summary>
    public async Task KillAsync()
    {
        _life.Ends();
        await _factory.DisposeAsync();
    }

    /// <summary>Stops the host and starts a new one on the same data directory, as a restart would (with these settings changed).</summary>
    public async Task RestartAsync(params (string Key, string? Value)[] changed)
    {
        await _factory.DisposeAsync();
        foreach (var (key, value) in changed)
            _settings[key] = value;
        _factory = Start();
    }

    private WebApplicationFactory<Program> Start()
    {
        var life = _life = new HostLife();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            foreach (var (key, value) in _settings)
                host.UseSetting(key, value);
            if (_services is not null)
                host.ConfigureServices(_services);
            host.ConfigureServices(life.Register);
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var bound = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        factory.ClientOptions.BaseAddress = new Uri(bound);
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (!_ownsData)
            return;
        if (OnPostgres)
            await TestPostgres.DropAsync(_settings["ConnectionStrings:Postgres"]!);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a WAL file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
