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
        _ => kind.ToString().ToLowerInvariant(),
    };
}
