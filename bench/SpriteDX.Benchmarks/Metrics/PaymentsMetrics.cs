using SpriteDX.Benchmarks.Harness;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// Signed `checkout.session.completed` POSTs per second to /stripe/webhook (verify + inbox + 200)
/// against a bare Kestrel endpoint answering 200 to the same POST. Waits for the Payments module
/// (issue 7): replace the body of <see cref="RunAsync"/> with the load (LoadDriver + HostSession).
/// </summary>
internal sealed class WebhookIngestMetric : IMetric
{
    public string Name => "webhook_ingest";

    public double Target => 0.40;

    public int Order => 40;

    public Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct) =>
        Task.FromResult(MetricResult.Skipped(this, "the Payments module (POST /stripe/webhook) is still being written; this metric lands with it"));
}

/// <summary>
/// Purchases completed per second (checkout → pay on the emulator → webhook → credited) against the
/// emulator's session create + pay alone. Waits for the Payments module, like <see cref="WebhookIngestMetric"/>.
/// </summary>
internal sealed class EndToEndPurchaseMetric : IMetric
{
    public string Name => "end_to_end_purchase";

    public double Target => 0.25;

    public int Order => 50;

    public Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct) =>
        Task.FromResult(MetricResult.Skipped(this, "the Payments module (Buy Credits, Checkout, fulfilment) is still being written; this metric lands with it"));
}
