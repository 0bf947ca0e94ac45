using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.Benchmarks.Harness;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// Signed `checkout.session.completed` POSTs per second to the Host's /stripe/webhook (verify, record in
/// the webhook inbox, queue reconciliation, 200) against a bare Kestrel endpoint in this process that
/// reads the same POST and answers 200: same bodies, same signatures, same driver and concurrency, on
/// loopback, interleaved round by round; the ratio is the median of the per-round throughput ratios.
/// </summary>
internal sealed class WebhookIngestMetric : IMetric
{
    public string Name => "webhook_ingest";

    public double Target => 0.40;

    public int Order => 40;

    public async Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var host = await context.HostAsync(ct);
        var webhooks = StripeWebhooks.Load(context.RepositoryRoot);
        await using var bare = await BareWebhookEndpoint.StartAsync(ct);

        var rounds = await IngestAsync(host, bare, webhooks, profile, "reconciliation running", ct);
        var result = rounds.ToResult(this, "host", "bare_kestrel",
        [
            $"ratio = median over {profile.WebhookRounds} rounds of (Host POSTs/s ÷ bare POSTs/s); {profile.WebhookRequestsPerRound} POSTs per side per round after {profile.WebhookWarmup} warm-up, {profile.WebhookConcurrency} concurrent, alternating which side goes first",
            "each POST is the recorded checkout.session.completed fixture (~3.8 KB) with a new event and session id, signed with the Host's test-mode webhook secret; an error is any answer but 200",
        ]);
        var reconciliation = await ReconciliationBacklog.DrainAsync(context, host, profile.WebhookDrainLimit, ct);

        // The same load on a Host that only stores and acknowledges (Payments:WebhookReconciliationPaused): what ingest costs alone.
        await using var paused = await context.StartSeparateHostAsync("host-reconciliation-paused",
            new Dictionary<string, string> { ["Payments__WebhookReconciliationPaused"] = "true" }, ct);
        var pausedRounds = (await IngestAsync(paused, bare, webhooks, profile, "reconciliation paused", ct))
            .ToResult(this, "host_reconciliation_paused", "bare_kestrel_beside_paused", []);
        return result with
        {
            Figures = new Dictionary<string, IReadOnlyDictionary<string, double>>(result.Figures)
            {
                ["reconciliation"] = reconciliation.Figures,
                ["host_reconciliation_paused"] = pausedRounds.Figures["host_reconciliation_paused"],
                ["reconciliation_paused"] = new Dictionary<string, double> { ["ratio"] = pausedRounds.Ratio ?? 0 },
            },
            Errors = result.Errors + pausedRounds.Errors,
            Notes =
            [
                .. result.Notes, reconciliation.Note,
                $"with reconciliation paused (a second Host, Payments:WebhookReconciliationPaused=true, same load and rounds): ratio {pausedRounds.Ratio:0.000}",
                .. pausedRounds.Notes,
            ],
        };
    }

    private static async Task<PairedResult> IngestAsync(
        HostSession host, BareWebhookEndpoint bare, StripeWebhooks webhooks, Profile profile, string label, CancellationToken ct)
    {
        using var toHost = StripeWebhooks.Client(host.BaseAddress);
        using var toBare = StripeWebhooks.Client(bare.BaseAddress);

        Func<int, CancellationToken, Task<(string, bool)>> Post(HttpClient client) =>
            async (_, token) => ("webhook", await webhooks.PostAsync(client, token));

        Log.Progress($"webhook_ingest ({label}): {profile.WebhookRounds} rounds of {profile.WebhookRequestsPerRound} POSTs per side, {profile.WebhookConcurrency} concurrent");
        return await PairedRounds.RunAsync(
            profile.WebhookRounds, profile.WebhookWarmup,
            n => LoadDriver.RunAsync(profile.WebhookConcurrency, n, TimeSpan.FromSeconds(30), Post(toHost), ct),
            n => LoadDriver.RunAsync(profile.WebhookConcurrency, n, TimeSpan.FromSeconds(30), Post(toBare), ct),
            profile.WebhookRequestsPerRound, $"webhook_ingest ({label})");
    }
}

/// <summary>
/// The Host answers a webhook once the event is in its webhook inbox; reconciliation follows in background
/// jobs. After the ingest load the harness waits (bounded) until every received event is reconciled, so the
/// next metric starts on a quiet Host, and reports how fast the backlog drained: the rate at which the Host
/// can act on webhooks, not only accept them.
/// </summary>
internal static class ReconciliationBacklog
{
    public static async Task<(Dictionary<string, double> Figures, string Note)> DrainAsync(BenchContext context, HostSession host, TimeSpan limit, CancellationToken ct)
    {
        await using var connection = await context.Database.OpenAsync(host.Database, "payments", ct);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM webhook_events WHERE \"ProcessedAt\" IS NULL";
        async Task<long> UnreconciledAsync() => Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        var watch = Stopwatch.StartNew();
        var atStart = await UnreconciledAsync();
        var left = atStart;
        Log.Progress($"webhook_ingest: waiting (at most {limit.TotalSeconds:0} s) for the Host to reconcile {atStart} received events");
        while (left > 0 && watch.Elapsed < limit)
        {
            await Task.Delay(250, ct);
            left = await UnreconciledAsync();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var figures = new Dictionary<string, double>
        {
            ["unreconciled_after_load"] = atStart,
            ["drain_s"] = seconds,
            ["reconciled_per_s"] = atStart == left ? 0 : (atStart - left) / seconds,
            ["unreconciled_left"] = left,
        };
        var note = left == 0
            ? $"reconciliation: {atStart} events were still to reconcile when the load ended; the Host finished them in {seconds:0.0} s"
            : $"reconciliation: {left} of {atStart} events still unreconciled after {seconds:0} s; later metrics run beside that backlog";
        return (figures, note);
    }
}

/// <summary>
/// Purchases completed per second — Buy Credits form → Checkout Session (the app calls the in-process
/// emulator) → pay on the emulator → its signed webhook → reconciliation → credits on the balance —
/// against the emulator alone: the same session created with the emulator's API and paid. Each buyer
/// has one purchase in flight at a time; a purchase counts once the balance shows the pack's credits.
/// </summary>
internal sealed partial class EndToEndPurchaseMetric : IMetric
{
    private const string Visa = "4242424242424242";

    // The emulator's documented built-in keys (src/StripeEmulator/README.md), one per mode.
    private const string EmulatorLiveKey = "sk_live_emulator_spritedx_local_only";
    private const string EmulatorTestKey = "sk_test_emulator_spritedx_local_only";
    private const string Emulator = "/stripe-emulator";

    public string Name => "end_to_end_purchase";

    public double Target => 0.25;

    public int Order => 50;

    public async Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var host = await context.HostAsync(ct);
        var buyers = new ConcurrentQueue<Buyer>();
        for (var i = 0; i < profile.PurchaseConcurrency; i++)
        {
            var browser = host.NewBrowser();
            await browser.SignUpAsync($"buyer-{i}-{Guid.NewGuid():n}@bench.spritedx.test", ct);
            await browser.WaitForBalanceAsync(HostSession.SignupBonus, TimeSpan.FromSeconds(30), ct);
            buyers.Enqueue(new Buyer(browser) { Balance = HostSession.SignupBonus });
        }

        using var emulator = StripeWebhooks.Client(host.BaseAddress);
        var livemode = true;
        var problems = new ConcurrentQueue<string>();

        async Task<(string, bool)> WithBuyer(Func<Buyer, Task<bool>> purchase)
        {
            if (!buyers.TryDequeue(out var buyer))
                throw new InvalidOperationException("More purchases in flight than buyers.");
            try
            {
                return ("purchase", await purchase(buyer));
            }
            finally
            {
                buyers.Enqueue(buyer);
            }
        }

        async Task<bool> PurchaseAsync(Buyer buyer, CancellationToken token)
        {
            var page = await buyer.Browser.Client.GetStringAsync("/billing/buy", token);
            var form = PackForm().Match(page);
            if (!form.Success)
                return Problem("the Buy Credits page has no pack form");
            var credits = long.Parse(form.Groups["credits"].Value, CultureInfo.InvariantCulture);
            using var body = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["packId"] = WebUtility.HtmlDecode(form.Groups["pack"].Value),
                ["checkoutKey"] = form.Groups["key"].Value,
                ["__RequestVerificationToken"] = BrowserClient.AntiforgeryToken(page),
            });
            using var started = await buyer.Browser.Client.PostAsync("/billing/buy", body, token);
            if (started.StatusCode is not (HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.Redirect) || started.Headers.Location is not { } checkout)
                return Problem($"POST /billing/buy answered {(int)started.StatusCode}");
            var sessionId = checkout.OriginalString.Split('/', '?')[^1];
            livemode = sessionId.StartsWith("cs_live_", StringComparison.Ordinal);
            if (!await PayAsync(sessionId, token))
                return false;

            buyer.Balance += credits;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (await buyer.Browser.BalanceAsync(token) < buyer.Balance)
            {
                if (DateTime.UtcNow > deadline)
                    return Problem($"session {sessionId} was paid but its {credits} credits did not arrive within 30 s");
                await Task.Delay(20, token);
            }

            return true;
        }

        async Task<bool> EmulatorAloneAsync(CancellationToken token)
        {
            var id = Guid.NewGuid().ToString();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Emulator}/v1/checkout/sessions")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["mode"] = "payment",
                    ["client_reference_id"] = id,
                    ["metadata[purchase_id]"] = id,
                    ["line_items[0][quantity]"] = "1",
                    ["line_items[0][price_data][currency]"] = "usd",
                    ["line_items[0][price_data][unit_amount]"] = "500",
                    ["line_items[0][price_data][product_data][name]"] = "Benchmark pack",
                    ["success_url"] = new Uri(host.BaseAddress, "/billing/success").AbsoluteUri + "?session_id={CHECKOUT_SESSION_ID}",
                    ["cancel_url"] = new Uri(host.BaseAddress, "/billing/cancel").AbsoluteUri,
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", livemode ? EmulatorLiveKey : EmulatorTestKey);
            request.Headers.Add("Idempotency-Key", id);
            using var created = await emulator.SendAsync(request, token);
            if (created.StatusCode != HttpStatusCode.OK)
                return Problem($"emulator session create answered {(int)created.StatusCode}");
            using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync(token));
            return await PayAsync(session.RootElement.GetProperty("id").GetString()!, token);
        }

        async Task<bool> PayAsync(string sessionId, CancellationToken token)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["card"] = Visa });
            using var paid = await emulator.PostAsync($"{Emulator}/_emulator/checkout/sessions/{sessionId}/pay", form, token);
            return paid.StatusCode == HttpStatusCode.OK || Problem($"paying {sessionId} answered {(int)paid.StatusCode}");
        }

        bool Problem(string problem)
        {
            if (problems.Count < 5)
                problems.Enqueue(problem);
            return false;
        }

        Log.Progress($"end_to_end_purchase: {profile.PurchaseRounds} rounds of {profile.PurchasesPerRound} purchases per side, {profile.PurchaseConcurrency} buyers at once");
        var rounds = await PairedRounds.RunAsync(
            profile.PurchaseRounds, profile.PurchaseWarmup,
            n => LoadDriver.RunAsync(profile.PurchaseConcurrency, n, TimeSpan.FromSeconds(60), (_, token) => WithBuyer(b => PurchaseAsync(b, token)), ct),
            n => LoadDriver.RunAsync(profile.PurchaseConcurrency, n, TimeSpan.FromSeconds(60), async (_, token) => ("session_and_pay", await EmulatorAloneAsync(token)), ct),
            profile.PurchasesPerRound, Name);

        foreach (var buyer in buyers)
            buyer.Browser.Dispose();
        return rounds.ToResult(this, "purchase", "emulator_alone",
        [
            $"ratio = median over {profile.PurchaseRounds} rounds of (purchases/s ÷ emulator create+pay/s); {profile.PurchasesPerRound} per side per round after {profile.PurchaseWarmup} warm-up, {profile.PurchaseConcurrency} buyers at once, {(livemode ? "live" : "test")}-mode sessions",
            "a purchase: GET /billing/buy, POST the first pack's form (303 to Checkout), pay with 4242… on the in-process emulator, then poll /api/credits/balance every 20 ms until the credits arrive through the webhook (bounded at 30 s)",
            .. problems.Select(p => "problem: " + p),
        ]);
    }

    private sealed class Buyer(BrowserClient browser)
    {
        public BrowserClient Browser => browser;

        /// <summary>The balance this buyer should have once its purchases so far are credited.</summary>
        public long Balance { get; set; }
    }

    [GeneratedRegex("""<form method="post" class="card pack[^"]*" data-credits="(?<credits>\d+)" data-pack-id="[^"]*"[^>]*>\s*<input type="hidden" name="packId" value="(?<pack>[^"]+)" />\s*<input type="hidden" name="checkoutKey" value="(?<key>[^"]+)" />""")]
    private static partial Regex PackForm();
}

/// <summary>Two loads measured in alternating order round after round, so machine noise lands on both sides alike.</summary>
internal static class PairedRounds
{
    public static async Task<PairedResult> RunAsync(
        int rounds, int warmup, Func<int, Task<LoadResult>> subject, Func<int, Task<LoadResult>> baseline, int perRound, string name)
    {
        await subject(warmup);
        await baseline(warmup);
        var result = new PairedResult();
        for (var round = 0; round < rounds; round++)
        {
            LoadResult s, b;
            if (round % 2 == 0)
                (s, b) = (await subject(perRound), await baseline(perRound));
            else
                (b, s) = (await baseline(perRound), await subject(perRound));
            result.Add(s, b);
            Log.Progress($"{name}: round {round + 1}/{rounds}: subject {s.Throughput:0.#}/s, baseline {b.Throughput:0.#}/s, ratio {result.RoundRatios[^1]:0.000}");
        }

        return result;
    }
}

internal sealed class PairedResult
{
    private readonly Latencies _subject = new();
    private readonly Latencies _baseline = new();
    private readonly List<double> _subjectRates = [];
    private readonly List<double> _baselineRates = [];
    private readonly List<string> _firstErrors = [];
    private long _subjectErrors;
    private long _baselineErrors;

    public List<double> RoundRatios { get; } = [];

    public void Add(LoadResult subject, LoadResult baseline)
    {
        _subject.AddRange(subject.All);
        _baseline.AddRange(baseline.All);
        _subjectRates.Add(subject.Throughput);
        _baselineRates.Add(baseline.Throughput);
        RoundRatios.Add(subject.Throughput / baseline.Throughput);
        _subjectErrors += subject.Errors;
        _baselineErrors += baseline.Errors;
        _firstErrors.AddRange(subject.FirstErrors.Concat(baseline.FirstErrors).Take(5 - _firstErrors.Count));
    }

    public MetricResult ToResult(IMetric metric, string subjectName, string baselineName, IEnumerable<string> notes)
    {
        Dictionary<string, double> Figures(Latencies latencies, List<double> rates, long errors)
        {
            var figures = latencies.Summary();
            figures["throughput_per_s"] = Stats.Median(rates);
            figures["round_spread"] = Stats.Spread(rates);
            figures["errors"] = errors;
            return figures;
        }

        return new MetricResult(metric.Name, MetricStatus.Measured, metric.Target)
        {
            Ratio = Stats.Median(RoundRatios),
            Errors = _subjectErrors + _baselineErrors,
            Figures = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                [subjectName] = Figures(_subject, _subjectRates, _subjectErrors),
                [baselineName] = Figures(_baseline, _baselineRates, _baselineErrors),
            },
            Notes = [.. notes, .. _firstErrors.Select(e => "error: " + e)],
        };
    }
}

/// <summary>The baseline of webhook_ingest: Kestrel on loopback reading the POST and answering 200, nothing else.</summary>
internal sealed class BareWebhookEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareWebhookEndpoint(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    public Uri BaseAddress { get; }

    public static async Task<BareWebhookEndpoint> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/stripe/webhook", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.Ok(new { received = true });
        });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BareWebhookEndpoint(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
