using System.Diagnostics;
using System.Diagnostics.Metrics;
using SpriteDX.BuildingBlocks.Telemetry;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Metrics;

/// <summary>
/// Purchases by the status they reached and their mode (test money apart from live), and how long a Stripe
/// event waited between its receipt (the 200 Stripe saw) and its reconciliation, by outcome.
/// </summary>
internal sealed class PaymentsMetrics
{
    /// <summary>Spans of Payments' own background work (a batch of Stripe events reconciled).</summary>
    public static readonly ActivitySource Activities = new(SpriteDxTelemetry.MeterName(typeof(PaymentsMetrics)));

    private readonly Counter<long> _purchases;
    private readonly Histogram<double> _reconcileLag;

    public PaymentsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(SpriteDxTelemetry.MeterName(typeof(PaymentsMetrics)));
        _purchases = meter.CreateCounter<long>("spritedx.purchases", "{purchase}",
            "Purchases reaching a status (paid, failed, expired, refunded, disputed, …), by mode (live, test).");
        _reconcileLag = meter.CreateHistogram<double>("spritedx.webhooks.reconcile_lag", "s",
            "From a Stripe event's receipt to its reconciliation, by outcome.");
    }

    /// <summary>Called once the change that moved the purchase is committed.</summary>
    public void PurchaseReached(PurchaseStatus status, BillingMode mode) =>
        _purchases.Add(1, new("status", status.Code()), new("mode", mode.IsLivemode() ? "live" : "test"));

    public void Reconciled(WebhookOutcome outcome, TimeSpan lag) =>
        _reconcileLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
}
