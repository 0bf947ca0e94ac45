using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Admin;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.IntegrationTests.Reliability;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.TopUps;
using SpriteDX.Modules.Payments.Stripe;
using SpriteDX.StripeEmulator;
using Stripe;

namespace SpriteDX.Simulation.Harness;

/// <summary>
/// Everything one simulation run acts on: the real Host in process (with the harness's fault switches
/// registered on every start), its in-process Stripe emulator, an admin, the simulated users, and the trace of
/// what was done to each account, printed with a violation.
/// </summary>
internal sealed class SimulationWorld : IAsyncDisposable
{
    /// <summary>After a host dies and starts again, everything must settle within this (#22).</summary>
    public static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(90);

    /// <summary>
    /// How long the app waits for a Stripe call: the emulator answers in milliseconds, so its timeout fault is
    /// given up on this soon (Stripe.net's own 80 s would make every timeout fault a long wait).
    /// </summary>
    public static readonly TimeSpan StripeTimeout = TimeSpan.FromMilliseconds(500);

    private static readonly HttpClient HarnessStripeHttp = new() { Timeout = StripeTimeout };

    /// <summary>Between two looks at what is in flight while settling: longer than the outbox's published mark (50 ms).</summary>
    private static readonly TimeSpan SettlePoll = TimeSpan.FromMilliseconds(100);

    /// <summary>While lost jobs keep the app busy, how often the periodic sweeps are run (a lost render is resumed once older than 4 s).</summary>
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(1);

    private readonly Dictionary<Guid, List<string>> _traces = [];
    private AdminConsole? _admin;

    private SimulationWorld(SpriteDxApp app, BusFaults bus, DatabaseFaults database, DroppableJobs jobs, FaultInjection webhooks)
    {
        App = app;
        Bus = bus;
        Database = database;
        Jobs = jobs;
        Webhooks = webhooks;
        Stripe = new StripeEmulatorDriver(app);
    }

    public SpriteDxApp App { get; }

    /// <summary>On PostgreSQL, a second host on the same database: it takes jobs and sweeps too, serves some pages, and dies.</summary>
    public SpriteDxApp? Beside { get; private set; }

    public StripeEmulatorDriver Stripe { get; }

    public BusFaults Bus { get; }

    public DatabaseFaults Database { get; }

    public DroppableJobs Jobs { get; }

    public FaultInjection Webhooks { get; }

    public List<SimulatedUser> Users { get; } = [];

    public int Step { get; set; }

    public bool WebhooksPaused { get; set; }

    /// <summary>When the host was last killed and started again, until the next settle has checked it recovered.</summary>
    public DateTime? RestartedAt { get; set; }

    /// <summary>
    /// Jobs were lost since the last settle. Their generations come back through the periodic resume (on
    /// PostgreSQL, where no start-up knows every job died, up to a minute later), not through the restart:
    /// the 30 s recovery bound is then not the one that applies (seeds 204, 210 on PostgreSQL).
    /// </summary>
    public bool JobsLostSinceSettle { get; set; }

    /// <summary>
    /// Until when jobs may have been lost (a fault, or a restart of in-memory Hangfire): a top-up started before then
    /// may wait for the top-up sweep, which takes top-ups 2 minutes old; settling does its work at once.
    /// </summary>
    public DateTimeOffset JobsMayBeLostUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Answers to bad input that were not a clear refusal: reported with the next check.</summary>
    public List<Violation> WrongAnswers { get; } = [];

    public Dictionary<string, int> FaultsInjected { get; } = [];

    public Dictionary<string, int> OperationsRun { get; } = [];

    public static Task<SimulationWorld> StartAsync(bool creditTwice = false)
    {
        var bus = new BusFaults { CreditTwice = creditTwice };
        var database = new DatabaseFaults();
        var jobs = new DroppableJobs();
        var webhooks = new FaultInjection();
        var app = SpriteDxApp.Start(services =>
        {
            bus.Register(services);
            database.Register(services);
            jobs.Register(services);
            webhooks.Register(services);
            services.RemoveAll<ISpriteGenerator>();
            services.AddSingleton<ISpriteGenerator, SimGenerator>();
            services.AddHttpClient(StripeClients.HttpClientName, client => client.Timeout = StripeTimeout);
        },
            // Every wait the app does is configured short, so the schedule spends its time working, not waiting.
            ("Billing:Enabled", "true"),
            ("Generation:RenderTimeout", "00:00:02"),
            ("Generation:QueueGrace", "00:00:02"),
            ("EventBus:SweepInterval", "00:00:00.200"),
            ("EventBus:SweepGrace", "00:00:01"),
            ("EventBus:FirstRetryDelay", "00:00:00.100"),
            ("EventBus:MaxRetryDelay", "00:00:00.500"),
            ("EventBus:MaxAttempts", "60"),
            ("Stripe:Emulator:FirstRetryDelay", "00:00:00.100"),
            ("Stripe:Emulator:MaxRetryDelay", "00:00:00.500"),
            ("Stripe:Emulator:DeliveryTimeout", "00:00:01"),
            // Stripe retries for days; with short delays that takes many attempts, or an endpoint down for a while
            // (503s, hangs, restarts) exhausts them and the emulator gives up a paid session's event (seeds 103, 106).
            ("Stripe:Emulator:MaxDeliveryAttempts", "5000"));
        var world = new SimulationWorld(app, bus, database, jobs, webhooks);
        if (app.OnPostgres)
            world.Beside = world.StartBeside();
        return Task.FromResult(world);
    }

    public void Trace(Guid accountId, string what)
    {
        if (!_traces.TryGetValue(accountId, out var lines))
            _traces[accountId] = lines = [];
        lines.Add($"  step {Step}: {what}");
    }

    public string TraceOf(Guid accountId) =>
        _traces.TryGetValue(accountId, out var lines) ? string.Join(Environment.NewLine, lines) : "  (nothing done to it)";

    /// <summary>Bad input gets a 400 with the page and its message, and changes nothing.</summary>
    public void ExpectRefusal(SimulatedUser user, string form, HttpStatusCode status)
    {
        if (status != HttpStatusCode.BadRequest)
            WrongAnswers.Add(new Violation("bad input gets a clear message and changes nothing", user.AccountId, $"{form}: 400", $"{(int)status}"));
    }

    public void Count(Dictionary<string, int> counts, string name) => counts[name] = counts.GetValueOrDefault(name) + 1;

    /// <summary>
    /// Stripe's API as the harness itself (Stripe's dashboard, the bank, the checks) calls it: armed emulator faults hit
    /// these calls too, so they give up as soon as the app's do, without Stripe.net's retries.
    /// </summary>
    public StripeClient StripeApi(bool livemode) => new(
        livemode ? StripeEmulatorDefaults.LiveSecretKey : StripeEmulatorDefaults.TestSecretKey,
        apiBase: new Uri(App.BaseAddress, StripeEmulatorDefaults.InProcessPathPrefix).ToString(),
        httpClient: new SystemNetHttpClient(HarnessStripeHttp, maxNetworkRetries: 0));

    /// <summary>The people still here who have a card saved in their account's mode.</summary>
    public async Task<List<SimulatedUser>> UsersWithSavedCardAsync()
    {
        var cards = await App.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Customers.AsNoTracking()
            .Where(c => c.CardPaymentMethodId != null).Select(c => new { c.AccountId, c.Mode }).ToListAsync());
        return Users.Where(u => !u.Deleted && cards.Contains(new { u.AccountId, Mode = u.TestBilling ? BillingMode.Test : BillingMode.Live })).ToList();
    }

    /// <summary>The balance the person sees on Usage and Billing (read from Credits).</summary>
    public Task<long> BalanceOfAsync(SimulatedUser user) => App.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts
        .Where(a => a.AccountId == user.AccountId).Select(a => a.Balance).SingleOrDefaultAsync());

    /// <summary>The automatic top-ups the generations triggered, by how they ended (a failure by Stripe's code).</summary>
    public async Task<Dictionary<string, int>> TopUpOutcomesAsync() =>
        (await App.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().TopUps.AsNoTracking()
            .Select(t => new { t.SettledAt, t.FailureCode }).ToListAsync()))
        .GroupBy(t => t.SettledAt is null ? "unsettled" : t.FailureCode is null ? "paid" : $"failed ({t.FailureCode})")
        .ToDictionary(g => g.Key, g => g.Count());

    public async Task<AdminConsole> AdminAsync() => _admin ??= await AdminConsole.SignInAsync(App);

    /// <summary>
    /// Kills the host (no shutdown) and starts it again on the same data; every person signs in again. The host
    /// beside it (PostgreSQL) is restarted too, as it talks to the emulator inside the first one.
    /// </summary>
    public async Task KillAndRestartAsync()
    {
        Jobs.Dropping = false; // jobs lost model a crash; the new process does not keep losing its own (seed 104)
        // An armed database fault belongs to the moment the process died in. One left for the new process could strike
        // its migrations, which stop a start on any error, as they should (seed 3, 150 steps found a start-up task doing
        // the same; those now run again after a transient error): a supervisor's restart, not money.
        Database.Disarm();
        if (Beside is not null)
            await Beside.DisposeAsync();
        await App.KillAndRestartAsync();
        JobsMayBeLostUntil = DateTimeOffset.UtcNow;
        if (Beside is not null)
            Beside = StartBeside();
        RestartedAt = DateTime.UtcNow;
        WebhooksPaused = await Stripe.WebhooksPausedAsync(); // the emulator keeps its switch across restarts
        _admin?.Dispose();
        _admin = null;
        foreach (var user in Users.Where(u => !u.Deleted))
            await user.SignInAgainAsync();
    }

    /// <summary>Kills the host beside the first one (PostgreSQL) and starts another in its place; the first carries on.</summary>
    public async Task KillBesideAsync()
    {
        Jobs.Dropping = false;
        JobsMayBeLostUntil = DateTimeOffset.UtcNow;
        await Beside!.KillAsync();
        await Beside.DisposeAsync();
        Beside = StartBeside();
        RestartedAt = DateTime.UtcNow;
    }

    private SpriteDxApp StartBeside() => SpriteDxApp.StartBesideSharingStripe(App);

    /// <summary>
    /// Lifts every fault and waits until nothing is in flight: every webhook delivered, every outbox row
    /// published (or dead), no generation or reservation open. Returns the violation when it takes too long.
    /// </summary>
    public async Task<string?> SettleAsync()
    {
        Database.Disarm();
        Bus.Heal();
        if (Jobs.Dropping)
            JobsMayBeLostUntil = DateTimeOffset.UtcNow;
        Jobs.Dropping = false;
        Webhooks.Webhooks = WebhookFault.None;
        await Stripe.ClearFaultsAsync();

        if (WebhooksPaused)
        {
            await Stripe.ResumeWebhooksAsync();
            WebhooksPaused = false;
        }

        await ChargeTopUpsLostBeforeAsync(JobsMayBeLostUntil);
        var started = DateTime.UtcNow;
        var limit = RestartedAt is { } restarted && !JobsLostSinceSettle ? restarted + Recovery : started + SettleLimit;
        var quiet = 0;
        var sweptAt = started;
        while (true)
        {
            // Each look reads one table after another, so a render ending between two reads can slip through one
            // look: settled means quiet on two looks in a row, further apart than a delivery's published mark.
            var busy = await InFlightAsync();
            quiet = busy is null ? quiet + 1 : 0;
            if (quiet == 2)
            {
                RestartedAt = null;
                JobsLostSinceSettle = false;
                return null;
            }

            if (DateTime.UtcNow > limit)
            {
                var what = RestartedAt is null || JobsLostSinceSettle
                    ? $"the app did not settle within {SettleLimit.TotalSeconds:0} s: {busy}"
                    : $"recovery is quick: {Recovery.TotalSeconds:0} s after the host was killed and restarted, still {busy}";
                RestartedAt = null;
                JobsLostSinceSettle = false;
                return what;
            }

            if (JobsLostSinceSettle && DateTime.UtcNow - sweptAt > SweepEvery)
            {
                await RunSweepsNowAsync();
                sweptAt = DateTime.UtcNow;
            }

            await Task.Delay(SettlePoll);
        }
    }

    /// <summary>
    /// What the top-up sweep does to a top-up 2 minutes old whose charge job is gone: the schedule never lasts that
    /// long, so the harness does it now for every unsettled top-up started while jobs could be lost. A job that was
    /// not lost after all charges it twice with one idempotency key, as the sweep can.
    /// </summary>
    private Task ChargeTopUpsLostBeforeAsync(DateTimeOffset until) => App.WithScopeAsync(async services =>
    {
        var unsettled = await services.GetRequiredService<PaymentsDbContext>().TopUps.AsNoTracking()
            .Where(t => t.SettledAt == null && t.CreatedAt <= until).Select(t => t.Id).ToListAsync();
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        foreach (var id in unsettled)
            jobs.Enqueue<TopUpCharge>(job => job.ChargeAsync(id, CancellationToken.None));
        return unsettled.Count;
    });

    /// <summary>
    /// Lost jobs come back through the periodic sweeps (the minutely resume of generations, the webhook sweep):
    /// the harness runs them now rather than wait for their minute, as time passing would. Only then: a host's
    /// restart must recover on its own, within <see cref="Recovery"/>.
    /// </summary>
    private Task RunSweepsNowAsync() => App.WithScopeAsync(services =>
    {
        using var storage = services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        foreach (var job in storage.GetRecurringJobs())
            recurring.Trigger(job.Id);
        return Task.FromResult(0);
    });

    /// <summary>What is still in flight, or null when nothing is.</summary>
    private async Task<string?> InFlightAsync()
    {
        var events = await Stripe.EventsAsync();
        var undelivered = events.Count(e => (string?)e!["delivery_state"] is "pending" or "failed");
        if (undelivered > 0)
            return $"{undelivered} webhook event(s) the emulator has not delivered (or gave up on)";
        return await App.WithScopeAsync(async services =>
        {
            // Hangfire's own queue: a job enqueued (a webhook's reconciliation, a top-up's charge) or running is in flight.
            var jobs = services.GetRequiredService<JobStorage>().GetMonitoringApi();
            if (jobs.ProcessingCount() + jobs.Queues().Sum(q => q.Length) is var running and > 0)
                return $"{running} background job(s) queued or running";
            foreach (var module in services.GetServices<ModuleDatabase>())
            {
                var db = (DbContext)services.GetRequiredService(module.ContextType);
                var waiting = await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null && m.DeadLetteredAt == null);
                if (waiting > 0)
                    return $"{waiting} {module.Module} outbox row(s) undelivered";
            }

            var webhooks = await services.GetRequiredService<PaymentsDbContext>().WebhookEvents
                .CountAsync(e => e.Outcome == null);
            if (webhooks > 0)
                return $"{webhooks} received webhook event(s) not reconciled";
            var topUps = await services.GetRequiredService<PaymentsDbContext>().TopUps.CountAsync(t => t.SettledAt == null);
            if (topUps > 0)
                return $"{topUps} automatic top-up(s) being charged";
            var generations = await services.GetRequiredService<GenerationDbContext>().Generations
                .CountAsync(g => g.Status == GenerationStatus.Pending || g.Status == GenerationStatus.Queued || g.Status == GenerationStatus.Running);
            if (generations > 0)
                return $"{generations} generation(s) pending or running";
            var reserved = await services.GetRequiredService<CreditsDbContext>().Reservations.CountAsync(r => r.Status == ReservationStatus.Reserved);
            return reserved > 0 ? $"{reserved} reservation(s) still held" : null;
        });
    }

    public async ValueTask DisposeAsync()
    {
        _admin?.Dispose();
        foreach (var user in Users)
            user.Buyer.Dispose();
        Stripe.Dispose();
        if (Beside is not null)
            await Beside.DisposeAsync();
        await App.DisposeAsync();
    }
}
