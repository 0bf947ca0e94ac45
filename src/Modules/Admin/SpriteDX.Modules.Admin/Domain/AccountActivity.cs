namespace SpriteDX.Modules.Admin.Domain;

/// <summary>One credit movement as Credits announced it (CreditBalanceChanged).</summary>
internal sealed class LedgerLine
{
    public long Id { get; init; }

    public Guid MessageId { get; init; }

    public Guid AccountId { get; init; }

    public DateTimeOffset At { get; init; }

    public string Kind { get; init; } = "";

    public long Delta { get; init; }

    public long Balance { get; init; }

    /// <summary>The part of <see cref="Delta"/> that moved test credits (same sign).</summary>
    public long TestDelta { get; init; }

    /// <summary>The movement is about a test purchase's money, even when it moved no credits.</summary>
    public bool TestMoney { get; init; }

    public string Description { get; init; } = "";

    public bool IsTest => TestMoney || TestDelta != 0;

    /// <summary>A line that moved both kinds of credits (a spend in test mode) says how much of each.</summary>
    public bool IsSplit => TestDelta != 0 && TestDelta != Delta;
}

/// <summary>A paid purchase as Payments announced it, and what happened to it since.</summary>
internal sealed class PurchaseLine
{
    public Guid PurchaseId { get; init; }

    public Guid AccountId { get; init; }

    public DateTimeOffset CompletedAt { get; init; }

    public string PackName { get; init; } = "";

    public int Credits { get; init; }

    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public bool Livemode { get; init; }

    public long RefundedMinor { get; set; }

    public bool IsDisputed { get; set; }

    /// <summary>How the dispute closed: true won, false lost, null still open (or none).</summary>
    public bool? DisputeWon { get; set; }

    public string Status => DisputeWon switch
    {
        true => "dispute_won",
        false => "dispute_lost",
        _ when IsDisputed => "disputed",
        _ => RefundedMinor >= AmountMinor ? "refunded" : RefundedMinor > 0 ? "partially_refunded" : "paid",
    };
}

internal enum GenerationStatus
{
    Requested = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>A generation as Generation announced it; a finished one never goes back to requested.</summary>
internal sealed class GenerationLine
{
    public Guid GenerationId { get; init; }

    public Guid AccountId { get; init; }

    public int Cost { get; set; }

    public DateTimeOffset At { get; set; }

    public GenerationStatus Status { get; set; }

    public string? FailureReason { get; set; }
}
