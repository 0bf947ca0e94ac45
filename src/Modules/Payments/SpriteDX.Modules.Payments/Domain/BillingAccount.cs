using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Payments.Domain;

/// <summary>What Payments keeps about an account, learnt from other modules' notifications.</summary>
internal sealed class BillingAccount : IBalanceCopy
{
    public Guid AccountId { get; init; }

    /// <summary>Where receipts and notices go, and what Checkout pre-fills; set only through <see cref="RecordEmail"/>.</summary>
    public string? Email { get; private set; }

    /// <summary>When the address was announced; an older announcement arriving late does not undo a newer one.</summary>
    public DateTimeOffset? EmailRecordedAt { get; private set; }

    public BillingMode Mode { get; set; }

    /// <summary>When the mode was last set; an older BillingModeChanged arriving late does not undo a newer one.</summary>
    public DateTimeOffset? ModeChangedAt { get; set; }

    /// <summary>The credit balance as Credits last announced it (CreditBalanceChanged), with the test credits it includes.</summary>
    public long Balance { get; set; }

    public long TestBalance { get; set; }

    /// <summary>When the balance was announced; null until it was.</summary>
    public DateTimeOffset? BalanceAt { get; set; }

    /// <summary>The CreditBalanceChanged.BalanceVersion of the balance recorded: a late, older announcement does not replace a newer one.</summary>
    public long BalanceVersion { get; set; }

    /// <summary>
    /// The account's address as Accounts announced it at <paramref name="announcedAt"/> (its registration now; an
    /// e-mail change later, through the same call). Notifications may come out of order, so the newest wins.
    /// </summary>
    public void RecordEmail(string email, DateTimeOffset announcedAt)
    {
        if (EmailRecordedAt > announcedAt)
            return;
        Email = email;
        EmailRecordedAt = announcedAt;
    }

    /// <summary>
    /// The account was deleted at <paramref name="deletedAt"/>: no address, and since every announcement of one
    /// happened before the deletion, one still on its way arrives older and changes nothing.
    /// </summary>
    public void ForgetEmail(DateTimeOffset deletedAt)
    {
        Email = null;
        EmailRecordedAt = deletedAt;
    }
}
