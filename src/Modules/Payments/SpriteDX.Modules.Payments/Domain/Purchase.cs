using SpriteDX.BuildingBlocks.Domain;

namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// One attempt to buy a credit pack through Stripe Checkout. The pack's price, credits and the account's
/// billing mode are copied in when it starts, so later configuration changes never alter what was sold.
/// </summary>
internal sealed class Purchase
{
    private static readonly PurchaseStatus[] Unsettled = [PurchaseStatus.Pending, PurchaseStatus.Processing];
    private static readonly PurchaseStatus[] Undisputed = [PurchaseStatus.Paid, PurchaseStatus.PartiallyRefunded, PurchaseStatus.Refunded];
    private static readonly PurchaseStatus[] Disputable = [.. Undisputed, PurchaseStatus.Disputed];
    private static readonly PurchaseStatus[] EverPaid = [.. Disputable, PurchaseStatus.DisputeWon, PurchaseStatus.DisputeLost];

    /// <summary>
    /// Where a purchase may go from where it is. What Stripe says of the session settles a purchase still
    /// Pending or Processing, once; refunds and disputes apply only to one that was paid. PurchaseFulfilment
    /// guards the settling changes with a conditional UPDATE built from this table, so the success page and
    /// the webhook racing each other complete a purchase once. A closed dispute is final: a dispute's own
    /// opening event arriving after its close finds no row to take. A close may come first (Stripe does not
    /// promise order), so the closing transitions also leave an undisputed purchase.
    /// </summary>
    public static readonly TransitionTable<PurchaseStatus, PurchaseTransition> Transitions = new("purchase")
    {
        { PurchaseTransition.Pay, Unsettled, PurchaseStatus.Paid },
        { PurchaseTransition.AwaitBank, Unsettled, PurchaseStatus.Processing },
        { PurchaseTransition.Fail, Unsettled, PurchaseStatus.Failed },
        { PurchaseTransition.Expire, Unsettled, PurchaseStatus.Expired },
        { PurchaseTransition.Refund, EverPaid }, // Refunded or PartiallyRefunded by the amount; a disputed purchase keeps its dispute state
        { PurchaseTransition.ReverseRefund, EverPaid }, // back to what the remaining refunds make it
        { PurchaseTransition.Dispute, Disputable, PurchaseStatus.Disputed },
        { PurchaseTransition.WinDispute, Disputable, PurchaseStatus.DisputeWon },
        { PurchaseTransition.LoseDispute, Disputable, PurchaseStatus.DisputeLost },
    };

    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    /// <summary>Rendered into the buy form; a second submit of the same form finds this purchase instead of starting another.</summary>
    public Guid CheckoutKey { get; init; }

    public string PackId { get; init; } = "";

    public string PackName { get; init; } = "";

    public int Credits { get; init; }

    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public BillingMode Mode { get; init; }

    public PurchaseStatus Status { get; set; }

    public string? CheckoutSessionId { get; set; }

    public string? CheckoutUrl { get; set; }

    public string? PaymentIntentId { get; set; }

    public string? ChargeId { get; set; }

    /// <summary>"Visa •••• 4242": how it was paid, for the receipt.</summary>
    public string? PaymentMethod { get; set; }

    public string? StripeReceiptUrl { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PaidAt { get; set; }

    public long RefundedMinor { get; set; }

    /// <summary>Credits taken back by refunds and disputes; never more than <see cref="Credits"/>.</summary>
    public int CreditsTakenBack { get; set; }

    /// <summary>Optimistic concurrency: two refunds of one purchase never both compute from the same totals.</summary>
    public int Version { get; set; }

    public Money Amount => new(AmountMinor, Currency);

    /// <summary>What the receipt page and the receipt e-mail call the purchase: short enough to read out to support.</summary>
    public string ReceiptNumber => Id.ToString("n")[..12].ToUpperInvariant();

    public bool CanStillBePaid => Transitions.Allows(Status, PurchaseTransition.Pay);

    public bool WasPaid => PaidAt is not null;

    public TransitionOutcome Can(PurchaseTransition transition) => Transitions.Check(Status, transition);

    /// <summary>
    /// Takes back the refunded share of the credits. Shares are computed on running totals, so any sequence
    /// of partial refunds that returns the whole amount takes back exactly all the credits.
    /// </summary>
    public int RecordRefund(long refundMinor)
    {
        EnsureAllowed(PurchaseTransition.Refund);
        var before = CreditsFor(RefundedMinor);
        RefundedMinor = Math.Min(AmountMinor, RefundedMinor + refundMinor);
        Status = RefundStatus();
        return TakeBack(CreditsFor(RefundedMinor) - before);
    }

    /// <summary>
    /// A refund failed or was cancelled: its money stayed with the seller, so the credits it took come back.
    /// While a dispute holds the purchase (or after it was lost) they stay frozen with the dispute instead.
    /// </summary>
    public int ReverseRefund(long refundMinor, int creditsTaken)
    {
        EnsureAllowed(PurchaseTransition.ReverseRefund);
        RefundedMinor = Math.Max(0, RefundedMinor - refundMinor);
        Status = RefundStatus();
        var restored = Status is PurchaseStatus.Disputed or PurchaseStatus.DisputeLost ? 0 : Math.Min(creditsTaken, CreditsTakenBack);
        return GiveBack(restored);
    }

    /// <summary>A dispute freezes whatever the refunds have not already taken back.</summary>
    public int RecordDispute()
    {
        EnsureAllowed(PurchaseTransition.Dispute);
        Status = PurchaseStatus.Disputed;
        return TakeBack(Credits);
    }

    /// <summary>
    /// The seller won: what the dispute froze comes back, that is everything taken back beyond the refunds'
    /// share. Computed from the totals rather than the dispute's own record, so a refund recorded while the
    /// dispute was open (its event may arrive after the dispute's) keeps its credits, one that failed meanwhile
    /// returns them, and a dispute closed before its opening was seen returns nothing.
    /// </summary>
    public int WinDispute()
    {
        EnsureAllowed(PurchaseTransition.WinDispute);
        Status = PurchaseStatus.DisputeWon;
        return GiveBack(Math.Max(0, CreditsTakenBack - CreditsFor(RefundedMinor)));
    }

    /// <summary>The seller lost: the claw-back is final. A loss seen before the dispute's opening takes the credits now.</summary>
    public int LoseDispute()
    {
        EnsureAllowed(PurchaseTransition.LoseDispute);
        Status = PurchaseStatus.DisputeLost;
        return TakeBack(Credits);
    }

    /// <summary>Callers ask <see cref="Can"/> first (an unpaid purchase is an expected answer there), so a refusal here is a bug.</summary>
    private void EnsureAllowed(PurchaseTransition transition)
    {
        if (Can(transition) is TransitionOutcome.RefusedOutcome refused)
            throw new InvalidOperationException(refused.Refusal.Reason);
    }

    private int CreditsFor(long refundedMinor) => (int)(Credits * refundedMinor / AmountMinor);

    private PurchaseStatus RefundStatus() => Status is PurchaseStatus.Disputed or PurchaseStatus.DisputeWon or PurchaseStatus.DisputeLost ? Status
        : RefundedMinor >= AmountMinor ? PurchaseStatus.Refunded
        : RefundedMinor > 0 ? PurchaseStatus.PartiallyRefunded
        : PurchaseStatus.Paid;

    private int GiveBack(int credits)
    {
        CreditsTakenBack -= credits;
        Version++;
        return credits;
    }

    private int TakeBack(int wanted)
    {
        var taken = Math.Clamp(wanted, 0, Credits - CreditsTakenBack);
        CreditsTakenBack += taken;
        Version++;
        return taken;
    }
}

internal enum PurchaseStatus
{
    /// <summary>Checkout started; nothing paid yet.</summary>
    Pending = 1,

    /// <summary>Checkout completed with a delayed method (bank debit); waiting for the bank.</summary>
    Processing = 2,

    Paid = 3,
    Failed = 4,
    Expired = 5,
    PartiallyRefunded = 6,
    Refunded = 7,
    Disputed = 8,

    /// <summary>The seller won the dispute; its frozen credits came back.</summary>
    DisputeWon = 9,

    /// <summary>The seller lost the dispute; its claw-back is final.</summary>
    DisputeLost = 10,
}

internal enum PurchaseTransition
{
    /// <summary>Stripe says the session is paid.</summary>
    Pay,

    /// <summary>Checkout completed with a delayed method (bank debit); the bank has not answered yet.</summary>
    AwaitBank,

    /// <summary>The delayed payment failed.</summary>
    Fail,

    Expire,
    Refund,

    /// <summary>A refund failed or was cancelled after it was recorded.</summary>
    ReverseRefund,

    Dispute,
    WinDispute,
    LoseDispute,
}

internal static class PurchaseStatusNames
{
    public static string Label(this PurchaseStatus status) => status switch
    {
        PurchaseStatus.Pending => "Pending",
        PurchaseStatus.Processing => "Processing",
        PurchaseStatus.Paid => "Paid",
        PurchaseStatus.Failed => "Failed",
        PurchaseStatus.Expired => "Expired",
        PurchaseStatus.PartiallyRefunded => "Partly refunded",
        PurchaseStatus.Refunded => "Refunded",
        PurchaseStatus.Disputed => "Disputed",
        PurchaseStatus.DisputeWon => "Dispute won",
        PurchaseStatus.DisputeLost => "Dispute lost",
        _ => status.ToString(),
    };

    /// <summary>The machine name pages and tests see ("paid", "partially_refunded", …).</summary>
    public static string Code(this PurchaseStatus status) => status switch
    {
        PurchaseStatus.PartiallyRefunded => "partially_refunded",
        PurchaseStatus.DisputeWon => "dispute_won",
        PurchaseStatus.DisputeLost => "dispute_lost",
        _ => status.ToString().ToLowerInvariant(),
    };
}
