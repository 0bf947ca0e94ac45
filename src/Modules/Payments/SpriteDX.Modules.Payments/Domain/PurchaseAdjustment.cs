namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// A refund or dispute Stripe reported for a purchase, keyed by Stripe's own id: however often its event
/// arrives, it takes credits back once, and its outcome (a dispute won or lost, a refund that failed)
/// is applied once.
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

    /// <summary>How it ended, once Stripe said so; null while a refund stands or a dispute is open.</summary>
    public AdjustmentOutcome? Outcome { get; set; }

    public DateTimeOffset? SettledAt { get; set; }
}

internal enum AdjustmentKind
{
    Refund = 1,
    Dispute = 2,
}

internal enum AdjustmentOutcome
{
    DisputeWon = 1,
    DisputeLost = 2,
    RefundFailed = 3,
    RefundCanceled = 4,
}

internal static class AdjustmentOutcomeNames
{
    public static string Label(this AdjustmentOutcome outcome) => outcome switch
    {
        AdjustmentOutcome.DisputeWon => "Dispute won",
        AdjustmentOutcome.DisputeLost => "Dispute lost",
        AdjustmentOutcome.RefundFailed => "Refund failed",
        AdjustmentOutcome.RefundCanceled => "Refund cancelled",
        _ => outcome.ToString(),
    };
}
