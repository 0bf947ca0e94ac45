namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// An account's automatic top-up: below <see cref="ThresholdCredits"/>, buy <see cref="PackId"/> with the card saved in
/// <see cref="Mode"/> (the mode it was turned on in; after a switch of the account's mode it charges nothing). One
/// top-up at a time: <see cref="InFlightTopUpId"/> is claimed by a conditional UPDATE and held until the top-up fails
/// or its credits have landed.
/// </summary>
internal sealed class AutoTopUp
{
    public Guid AccountId { get; init; }

    public bool Enabled { get; set; }

    public long ThresholdCredits { get; set; }

    public string PackId { get; set; } = "";

    /// <summary>At most this much (in the pack's currency's minor unit) of top-ups per calendar month (UTC); null: no cap.</summary>
    public long? MonthlyCapMinor { get; set; }

    public BillingMode Mode { get; set; }

    public Guid? InFlightTopUpId { get; set; }

    /// <summary>"2026-12": the month whose cap stopped a top-up and of which the customer was told (once).</summary>
    public string? CapReachedMonth { get; set; }

    /// <summary>Why automatic top-up turned itself off, for the notice on Usage and Billing; null while nothing did.</summary>
    public string? TurnedOffReason { get; set; }

    public DateTimeOffset? TurnedOffAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string MonthOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset MonthStart(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// One automatic top-up: a purchase of the pack charged off session to the saved card. Its id is the Stripe
/// idempotency key, so retries of the charge never charge twice. Settled once: paid, or failed with Stripe's reason.
/// </summary>
internal sealed class TopUp
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public Guid PurchaseId { get; init; }

    public BillingMode Mode { get; init; }

    public string CustomerId { get; init; } = "";

    public string PaymentMethodId { get; init; } = "";

    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string? PaymentIntentId { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    /// <summary>Stripe's decline or error code (card_declined, insufficient_funds, authentication_required, …); null unless it failed.</summary>
    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    public TopUpOutcome Outcome => SettledAt is null ? TopUpOutcome.Charging : FailureCode is null ? TopUpOutcome.Paid : TopUpOutcome.Failed;
}

internal enum TopUpOutcome
{
    Charging,
    Paid,
    Failed,
}
