namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// A refund or dispute Stripe reported for a purchase, keyed by Stripe's own id: however often its event
/// arrives, it takes credits back once.
/// </summary>
internal sealed class PurchaseAdjustment
{
    /// <summary>Stripe's refund (re_…) or dispute (dp_…) id.</summary>
    public string StripeId { get; init; } = "";

    public Guid PurchaseId { get; init; }

    public AdjustmentKind Kind { get; init; }

    public long AmountMinor { get; init; }

    public int Credits { get; init; }

    public DateTimeOffset At { get; init; }
}

internal enum AdjustmentKind
{
    Refund = 1,
    Dispute = 2,
}
