namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// One attempt to buy a credit pack through Stripe Checkout. The pack's price, credits and the account's
/// billing mode are copied in when it starts, so later configuration changes never alter what was sold.
/// </summary>
internal sealed class Purchase
{
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

    public bool CanStillBePaid => Status is PurchaseStatus.Pending or PurchaseStatus.Processing;

    public bool WasPaid => PaidAt is not null;

    /// <summary>
    /// Takes back the refunded share of the credits. Shares are computed on running totals, so any sequence
    /// of partial refunds that returns the whole amount takes back exactly all the credits.
    /// </summary>
    public int RecordRefund(long refundMinor)
    {
        var before = CreditsFor(RefundedMinor);
        RefundedMinor = Math.Min(AmountMinor, RefundedMinor + refundMinor);
        Status = Status == PurchaseStatus.Disputed ? Status
            : RefundedMinor >= AmountMinor ? PurchaseStatus.Refunded
            : PurchaseStatus.PartiallyRefunded;
        return TakeBack(CreditsFor(RefundedMinor) - before);
    }

    /// <summary>A dispute freezes whatever the refunds have not already taken back.</summary>
    public int RecordDispute()
    {
        Status = PurchaseStatus.Disputed;
        return TakeBack(Credits);
    }

    private int CreditsFor(long refundedMinor) => (int)(Credits * refundedMinor / AmountMinor);

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
        _ => status.ToString(),
    };

    /// <summary>The machine name pages and tests see ("paid", "partially_refunded", …).</summary>
    public static string Code(this PurchaseStatus status) => status switch
    {
        PurchaseStatus.PartiallyRefunded => "partially_refunded",
        _ => status.ToString().ToLowerInvariant(),
    };
}
