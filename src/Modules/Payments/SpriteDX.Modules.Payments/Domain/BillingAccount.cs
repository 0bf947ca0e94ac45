namespace SpriteDX.Modules.Payments.Domain;

/// <summary>What Payments keeps about an account, learnt from other modules' notifications.</summary>
internal sealed class BillingAccount
{
    public Guid AccountId { get; init; }

    public string? Email { get; set; }

    public BillingMode Mode { get; set; }

    /// <summary>When the mode was last set; an older BillingModeChanged arriving late does not undo a newer one.</summary>
    public DateTimeOffset? ModeChangedAt { get; set; }
}
