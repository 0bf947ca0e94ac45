namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// An account's stored balance (always the sum of its ledger) and what it still owes after a
/// claw-back larger than the balance. Changed only by <see cref="CreditLedger"/>'s conditional updates.
/// </summary>
internal sealed class CreditAccount
{
    public Guid AccountId { get; init; }

    public long Balance { get; init; }

    public long Owed { get; init; }

    /// <summary>When the person was told about their sign-up bonus (shown once).</summary>
    public DateTimeOffset? BonusNoticeShownAt { get; set; }
}
