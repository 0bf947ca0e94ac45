using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpriteDX.Benchmarks.Harness;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// Peak resident memory of the Host process (its own process: VmHWM from /proc, plus 100 ms samples)
/// over everything this run made it do — start-up, sign-ups, the billing pages on 100,000 rows, and a
/// mixed concurrent load of billing pages, balance calls, the home page, sprite generations and
/// their progress polls, sign-ins and bursts of signed Stripe webhooks —
/// against a fixed budget of 250 MiB, inverted: ratio = 250 MiB ÷ peak.
/// </summary>
internal sealed class MemoryMetric : IMetric
{
    private const double BudgetMiB = 250;

    public string Name => "memory";

    public double Target => 1.0;

    public int Order => 90;

    public async Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var host = await context.HostAsync(ct);
        var accounts = await BillingAccounts.PrepareAsync(host, context.Database, ct);
        using var creator = host.NewBrowser();
        await creator.SignUpAsync($"generates-{Guid.NewGuid():n}@bench.spritedx.test", ct);
        await creator.WaitForBalanceAsync(HostSession.SignupBonus, TimeSpan.FromSeconds(30), ct);
        var token = await creator.PageTokenAsync(ct);
        var rssBefore = host.CurrentRssBytes;

        var generations = new ConcurrentQueue<Guid>();
        var generationProblems = new ConcurrentQueue<string>();
        var generationsAvailable = await ProbeGenerationsAsync(creator, token, generations, generationProblems, ct);
        var generationBudget = profile.MixedMaxGenerations;
        var webhooks = StripeWebhooks.Load(context.RepositoryRoot);
        using var stripe = StripeWebhooks.Client(host.BaseAddress);

        Log.Progress($"memory: mixed load, {profile.MixedConcurrency} concurrent clients, up to {profile.MixedMaxRequests} requests or {profile.MixedDuration.TotalSeconds:0} s{(generationsAvailable ? $", up to {generationBudget} generations" : " (generation API absent: pages only)")}");
        var load = await LoadDriver.RunAsync(profile.MixedConcurrency, profile.MixedMaxRequests, profile.MixedDuration, async (i, token2) =>
        {
            switch (i % 20)
            {
                case 0 or 1 or 2 or 3:
                    return ("billing_100k", await PageAsync(accounts.Large, "/billing", "data-ledger", token2));
                case 4 or 5:
                    return ("billing_10", await PageAsync(accounts.Small, "/billing", "data-ledger", token2));
                case 6 or 7 or 8:
                    return ("balance", await PageAsync(i % 2 == 0 ? accounts.Small : accounts.Large, "/api/credits/balance", "balance", token2));
                case 9 or 10:
                    return ("home", await PageAsync(accounts.Small, "/", "<html", token2));
                case 11 or 12 or 13 or 14 when generationsAvailable && Interlocked.Decrement(ref generationBudget) >= 0:
                    return ("generation", await GenerateAsync(creator, token, $"{Prompts[i % Prompts.Length]} number {i}", generations, generationProblems, token2));
                case 15 or 16 when generationsAvailable && generations.TryPeek(out _):
                    // The home page polls its generation's progress; poll a recent one.
                    return ("generation_status", await PageAsync(creator, $"/api/generations/{generations.ElementAt(i % generations.Count)}", "status", token2));
                case 17:
                    return ("sign_in", await SignInAsync(host, creator.Email!, token2));
                case 18:
                    // A launch: Stripe delivers a burst of checkout.session.completed events at once.
                    var burst = await Task.WhenAll(Enumerable.Range(0, WebhookBurst).Select(_ => webhooks.PostAsync(stripe, token2)));
                    return ("webhook_burst", burst.All(ok => ok));
                case 19 when i % 100 == 19:
                    return ("metrics_scrape", await PageAsync(creator, "/metrics", "spritedx_outbox_backlog", token2));
                default:
                    return ("billing_100k", await PageAsync(accounts.Large, "/billing", "data-ledger", token2));
            }
        }, ct);

        var (settled, failed) = generationsAvailable ? await WaitForGenerationsAsync(creator, generations, generationProblems, ct) : (0, 0);
        var scrapedSucceeded = await ScrapedSucceededGenerationsAsync(creator, ct);
        var peak = host.PeakRssBytes;
        var peakMiB = peak / 1024.0 / 1024.0;

        var figures = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["host"] = new Dictionary<string, double>
            {
                ["peak_rss_mib"] = peakMiB,
                ["rss_at_start_mib"] = host.RssAtStartBytes / 1024.0 / 1024.0,
                ["rss_before_mixed_load_mib"] = rssBefore / 1024.0 / 1024.0,
                ["rss_after_mib"] = host.CurrentRssBytes / 1024.0 / 1024.0,
                ["budget_mib"] = BudgetMiB,
            },
        };
        var all = load.All.Summary();
        all["throughput_per_s"] = load.Throughput;
        all["errors"] = load.Errors;
        all["seconds"] = load.Elapsed.TotalSeconds;
        figures["mixed_load"] = all;
        foreach (var (kind, latencies) in load.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            figures[kind] = latencies.Summary();
        if (generationsAvailable)
        {
            figures["generations"] = new Dictionary<string, double>
            {
                ["requested"] = generations.Count, ["succeeded"] = settled, ["failed_or_unfinished"] = failed,
                ["succeeded_on_metrics"] = scrapedSucceeded,
            };
        }

        var notes = new List<string>
        {
            $"the Host runs as its own process (pid {host.ProcessId}, Production settings, its GC settings as shipped); peak = max(VmHWM, 100 ms VmRSS samples) over its whole life in this run; 1 MiB = 1,048,576 bytes",
        };
        if (!generationsAvailable)
            notes.Add("POST /api/generations was not available on this build; the mixed load ran pages only");
        // The host counts every generation of this run (other metrics' too), so /metrics shows at least these.
        var metricsBehind = generationsAvailable && scrapedSucceeded < settled;
        if (metricsBehind)
            notes.Add($"/metrics counts {scrapedSucceeded} succeeded generations, fewer than the {settled} this load saw succeed");
        notes.AddRange(load.FirstErrors.Select(e => "load error: " + e));
        notes.AddRange(generationProblems.Take(3).Select(e => "generation problem: " + e));

        return new MetricResult(Name, MetricStatus.Measured, Target)
        {
            Ratio = BudgetMiB / peakMiB,
            Errors = load.Errors + failed + (metricsBehind ? 1 : 0),
            Figures = figures,
            Notes = notes,
        };
    }

    /// <summary>Webhooks per burst in the mixed load.</summary>
    private const int WebhookBurst = 10;

    private static readonly string[] Prompts = ["green slime", "brave knight", "detailed fire dragon", "health potion", "ghost", "robot", "treasure chest", "wizard"];

    /// <summary>spritedx_generations_total{outcome="succeeded"} as the Prometheus endpoint reports it now.</summary>
    private static async Task<double> ScrapedSucceededGenerationsAsync(BrowserClient browser, CancellationToken ct)
    {
        var exposition = await browser.Client.GetStringAsync("/metrics", ct);
        return exposition.Split('\n')
            .Where(line => line.StartsWith("spritedx_generations_total{", StringComparison.Ordinal) && line.Contains("outcome=\"succeeded\"", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    private static async Task<bool> PageAsync(BrowserClient browser, string url, string mustContain, CancellationToken ct)
    {
        using var response = await browser.Client.GetAsync(url, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.StatusCode == HttpStatusCode.OK && body.Contains(mustContain, StringComparison.Ordinal);
    }

    /// <summary>A returning visitor signing in through the real form (password hashing included); a new browser each time.</summary>
    private static async Task<bool> SignInAsync(HostSession host, string email, CancellationToken ct)
    {
        using var visitor = host.NewBrowser();
        return await visitor.SignInAsync(email, ct);
    }

    private static async Task<bool> ProbeGenerationsAsync(BrowserClient browser, string token, ConcurrentQueue<Guid> ids, ConcurrentQueue<string> problems, CancellationToken ct)
    {
        using var request = GenerationRequest("green slime probe", token);
        using var response = await browser.Client.SendAsync(request, ct);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
            return false;
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            problems.Enqueue($"probe answered {(int)response.StatusCode}");
            return false;
        }

        ids.Enqueue(await IdAsync(response, ct));
        return true;
    }

    private static async Task<bool> GenerateAsync(BrowserClient browser, string token, string prompt, ConcurrentQueue<Guid> ids, ConcurrentQueue<string> problems, CancellationToken ct)
    {
        using var request = GenerationRequest(prompt, token);
        using var response = await browser.Client.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            problems.Enqueue($"POST /api/generations answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            return false;
        }

        ids.Enqueue(await IdAsync(response, ct));
        return true;
    }

    private static HttpRequestMessage GenerationRequest(string prompt, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations") { Content = JsonContent.Create(new { prompt }) };
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Polls (bounded) until every requested sprite has succeeded or failed; both figures are returned.</summary>
    private static async Task<(int Succeeded, int FailedOrUnfinished)> WaitForGenerationsAsync(
        BrowserClient browser, IEnumerable<Guid> ids, ConcurrentQueue<string> problems, CancellationToken ct)
    {
        var pending = ids.ToHashSet();
        var succeeded = 0;
        var failed = 0;
        var deadline = Stopwatch.StartNew();
        Log.Progress($"memory: waiting for {pending.Count} generations to finish");
        while (pending.Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            foreach (var id in pending.ToList())
            {
                using var json = JsonDocument.Parse(await browser.Client.GetStringAsync($"/api/generations/{id}", ct));
                var status = json.RootElement.GetProperty("status").GetString();
                if (status == "succeeded")
                {
                    succeeded++;
                    pending.Remove(id);
                }
                else if (status is "failed" or "rejected")
                {
                    failed++;
                    pending.Remove(id);
                    problems.Enqueue($"generation {id} ended {status}: {json.RootElement}");
                }
            }

            if (pending.Count > 0)
                await Task.Delay(250, ct);
        }

        if (pending.Count > 0)
            problems.Enqueue($"{pending.Count} generations were still unfinished after 90 s");
        return (succeeded, failed + pending.Count);
    }
}
