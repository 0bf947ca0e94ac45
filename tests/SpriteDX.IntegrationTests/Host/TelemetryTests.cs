using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;

namespace SpriteDX.IntegrationTests.Host;

/// <summary>Metrics on /metrics for the networks allowed to scrape, and traces that follow a purchase across modules.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed partial class TelemetryTests
{
    [Test]
    public async Task Metrics_are_not_served_unless_Prometheus_is_turned_on()
    {
        await using var app = SpriteDxApp.Start();
        using var browser = app.NewBrowser();

        (await browser.GetAsync("/metrics")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_network_that_is_not_allowed_gets_403_and_no_metrics()
    {
        await using var app = SpriteDxApp.Start(("Metrics:Prometheus", "true"), ("Metrics:AllowedNetworks", "10.0.0.0/8, fd00::/8"));
        using var browser = app.NewBrowser();

        var scrape = await browser.GetAsync("/metrics");

        scrape.Status.Should().Be(HttpStatusCode.Forbidden);
        scrape.Html.Should().Contain("Metrics:AllowedNetworks").And.NotContain("spritedx_");
    }

    [Test]
    public async Task A_generation_and_a_purchase_show_on_metrics_by_outcome_kind_and_mode()
    {
        await using var app = SpriteDxApp.Start(("Metrics:Prometheus", "true"), ("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        using var player = new Player(app, buyer.Browser, "", buyer.AccountId);
        var generation = await (await player.RequestAsync("a red dragon")).AcceptedIdAsync();
        await player.SettledAsync(generation);

        string metrics = "";
        await Polling.UntilAsync(async () =>
        {
            metrics = (await buyer.Browser.GetAsync("/metrics")).Html;
            return Sample(metrics, "spritedx_webhooks_reconcile_lag_seconds_count", "outcome=\"applied\"") > 0;
        }, because: "the purchase's webhook to be reconciled and measured");

        Sample(metrics, "spritedx_generations_total", "outcome=\"succeeded\"").Should().Be(1);
        Sample(metrics, "spritedx_generation_render_time_seconds_count", "outcome=\"succeeded\"").Should().Be(1);
        Sample(metrics, "spritedx_purchases_total", "mode=\"live\"", "status=\"paid\"").Should().Be(1);
        Sample(metrics, "spritedx_credits_moved_total", "direction=\"in\"", "kind=\"signup_bonus\"").Should().Be(Buyer.SignupBonus);
        Sample(metrics, "spritedx_credits_moved_total", "direction=\"in\"", "kind=\"purchase\"").Should().Be(500);
        Sample(metrics, "spritedx_credits_moved_total", "direction=\"out\"", "kind=\"spend\"").Should().BeGreaterThan(0);
        Sample(metrics, "spritedx_outbox_dead_letters", "module=\"payments\"").Should().Be(0);
        metrics.Should().Contain("spritedx_outbox_backlog{").And.Contain("http_server_request_duration_seconds");
    }

    [Test]
    public async Task With_an_OTLP_endpoint_a_purchase_is_one_trace_from_Payments_into_Credits()
    {
        var spans = new SpanLog();
        // Port 9 (discard) on loopback: the real OTLP exporter is configured and fails quietly; the spans are read in memory.
        await using var app = SpriteDxApp.Start(
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"), ("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);

        List<Activity> trace = [];
        await Polling.UntilAsync(() =>
        {
            var all = Snapshot(spans);
            var credited = all.FirstOrDefault(s => s.DisplayName == "PurchaseCompleted → AddPurchasedCreditsOnPurchaseCompleted");
            trace = credited is null ? [] : all.Where(s => s.TraceId == credited.TraceId).ToList();
            return Task.FromResult(trace.Any(s => s.ParentSpanId == default));
        }, because: "the purchase's trace, from its root to the Credits handler, to be exported");

        trace.Select(s => s.GetTagItem("spritedx.module")).Should().Contain(["credits", "admin"], "the handlers of the purchase's notification are children of its root");
        trace.Single(s => s.ParentSpanId == default).DisplayName.Should().BeOneOf(["reconcile Stripe events", "GET /billing/success"],
            "the purchase is fulfilled by reconciling its webhook, or by the success page, whichever comes first");
        Snapshot(spans).Should().NotContain(s => s.Tags.Any(tag => tag.Value != null && tag.Value.Contains("sk_", StringComparison.Ordinal)), "no Stripe key is ever traced");
    }

    private static List<Activity> Snapshot(SpanLog spans) => spans.Snapshot();

    /// <summary>The exporter adds spans from its own thread while the test reads them: both go through one lock.</summary>
    private sealed class SpanLog : Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Snapshot()
        {
            lock (_gate)
                return [.. this];
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
                base.InsertItem(index, item);
        }
    }

    /// <summary>The value of the Prometheus sample of that metric whose labels include all of <paramref name="labels"/>; 0 when absent.</summary>
    private static double Sample(string exposition, string metric, params string[] labels) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) && labels.All(line.Contains))
            .Select(line => double.Parse(SampleValue().Match(line).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Sum();

    [GeneratedRegex(@"\}\s+(\S+)")]
    private static partial Regex SampleValue();
}
