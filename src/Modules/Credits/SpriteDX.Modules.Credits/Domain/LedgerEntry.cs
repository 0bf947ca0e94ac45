namespace SpriteDX.Modules.Credits.Domain;

/// <summary>One credit movement; append-only. (Source type, source id, kind) is unique.</summary>
internal sealed class LedgerEntry
{
    public long Id { get; init; }

    public Guid AccountId { get; init; }

    public LedgerKind Kind { get; init; }

    /// <summary>Signed: positive adds credits, negative takes them.</summary>
    public long Amount { get; init; }

    public long BalanceAfter { get; init; }

    /// <summary>Signed: positive records credits owed (a claw-back larger than the balance), negative pays them.</summary>
    public long OwedChange { get; init; }

    /// <summary>The part of <see cref="Amount"/> that moved test credits (same sign): a spend in test mode says how much of each it took.</summary>
    public long TestAmount { get; init; }

    /// <summary>Test when the line is about test money (a test purchase, its refund, test credits taken or removed); Live otherwise.</summary>
    public CreditMode Mode { get; init; }

    public DateTimeOffset At { get; init; }

    public string Description { get; init; } = "";

    public string SourceType { get; init; } = "";

    public string SourceId { get; init; } = "";
}

internal enum LedgerKind
{
    SignupBonus = 1,
    GenerationReserve = 2,
    GenerationCapture = 3,
    GenerationRelease = 4,
    Purchase = 5,
    Refund = 6,
    Dispute = 7,
    AdminGrant = 8,
    AdminDebit = 9,

    /// <summary>A dispute the seller won gave back the credits it froze.</summary>
    DisputeWon = 10,

    /// <summary>A dispute the seller lost: its claw-back is final; no credits move.</summary>
    DisputeLost = 11,

    /// <summary>A refund failed or was cancelled; the credits it took came back.</summary>
    RefundFailed = 12,

    /// <summary>The part of a credit that paid what was owed; written right after that credit, its source id "{credit's source id}/{credit's kind}".</summary>
    OwedSettled = 13,

    /// <summary>The account left test mode: its remaining test credits were removed (source: the mode change).</summary>
    TestCreditsRemoved = 14,

    /// <summary>A buyer asked for a refund: the purchase's credits are held (out of the balance) until Stripe answers.</summary>
    RefundHold = 15,

    /// <summary>The refund asked for did not happen: the held credits came back.</summary>
    RefundHoldReleased = 16,
}

/// <summary>Whether credits came from real money or from Stripe's test environment.</summary>
internal enum CreditMode
{
    Live = 0,
    Test = 1,
}

internal static class LedgerKindNames
{
    public static string Label(this LedgerKind kind) => kind switch
    {
        LedgerKind.SignupBonus => "Sign-up bonus",
        LedgerKind.GenerationReserve => "Generation",
        LedgerKind.GenerationCapture => "Generation spent",
        LedgerKind.GenerationRelease => "Generation refunded",
        LedgerKind.Purchase => "Purchase",
        LedgerKind.Refund => "Refund",
        LedgerKind.Dispute => "Dispute",
        LedgerKind.AdminGrant => "Admin grant",
        LedgerKind.AdminDebit => "Admin debit",
        LedgerKind.DisputeWon => "Dispute won",
        LedgerKind.DisputeLost => "Dispute lost",
        LedgerKind.RefundFailed => "Refund failed",
        LedgerKind.OwedSettled => "Owed credits settled",
        LedgerKind.TestCreditsRemoved => "Test credits removed",
        LedgerKind.RefundHold => "Held for refund",
        LedgerKind.RefundHoldReleased => "Refund hold released",
        _ => kind.ToString(),
    };

    /// <summary>The machine name other modules and the API see ("purchase", "signup_bonus", …).</summary>
    public static string Code(this LedgerKind kind) => kind switch
    {
        LedgerKind.SignupBonus => "signup_bonus",
        LedgerKind.GenerationReserve => "spend",
        LedgerKind.GenerationCapture => "spend_captured",
        LedgerKind.GenerationRelease => "spend_released",
        LedgerKind.Purchase => "purchase",
        LedgerKind.Refund => "refund",
        LedgerKind.Dispute => "dispute",
        LedgerKind.AdminGrant => "admin_grant",
        LedgerKind.AdminDebit => "admin_debit",
        LedgerKind.DisputeWon => "dispute_won",
        LedgerKind.DisputeLost => "dispute_lost",
        LedgerKind.RefundFailed => "refund_failed",
        LedgerKind.OwedSettled => "owed_settled",
        LedgerKind.TestCreditsRemoved => "test_credits_removed",
        LedgerKind.RefundHold => "refund_hold",
        LedgerKind.RefundHoldReleased => "refund_hold_released",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
