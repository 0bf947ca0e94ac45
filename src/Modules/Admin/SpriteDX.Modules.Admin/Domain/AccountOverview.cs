using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Admin.Domain;

/// <summary>
/// Admin's own view of one account, kept current from other modules' notifications only. A row can
/// exist before its AccountRegistered arrives (notifications may come out of order); it is listed once registered.
/// </summary>
internal sealed class AccountOverview : IBalanceCopy
{
    public Guid AccountId { get; init; }

    public string Email { get; private set; } = "";

    /// <summary>Lower-case email: the search and sort key (unique once registered).</summary>
    public string EmailKey { get; private set; } = "";

    /// <summary>When the address shown was announced: two address changes delivered out of order keep the newer one.</summary>
    public DateTimeOffset? EmailRecordedAt { get; private set; }

    public bool IsRegistered { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsAdmin { get; set; }

    public bool HasEarlyAccess { get; set; }

    public bool IsSuspended { get; set; }

    public bool IsTestBillingAccount { get; set; }

    /// <summary>When the billing mode last changed: a late, older BillingModeChanged must not undo a newer one.</summary>
    public DateTimeOffset? BillingModeChangedAt { get; set; }

    public long Balance { get; set; }

    public long Owed { get; set; }

    /// <summary>The test credits <see cref="Balance"/> includes (bought in Stripe's test environment).</summary>
    public long TestBalance { get; set; }

    public long LiveBalance => Balance - TestBalance;

    /// <summary>When the balance shown was true.</summary>
    public DateTimeOffset? BalanceAt { get; set; }

    /// <summary>The CreditBalanceChanged.BalanceVersion of the balance shown: only a newer announcement replaces it.</summary>
    public long BalanceVersion { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public static AccountOverview Open(Guid accountId, DateTimeOffset firstHeardOf) => new() { AccountId = accountId, CreatedAt = firstHeardOf };

    /// <summary>What the list calls a deleted account instead of its address.</summary>
    public static string ErasedName(Guid accountId) => $"deleted account {accountId.ToString("n")[..8]}";

    public bool IsErased => Email == ErasedName(AccountId);

    /// <summary>
    /// Shows and finds the account by <paramref name="email"/>; once the account is erased, a notification that was
    /// still on its way (a late AccountRegistered or AccountEmailChanged) does not bring the address back.
    /// </summary>
    public void RecordEmail(string email, DateTimeOffset announcedAt)
    {
        if (IsErased || EmailRecordedAt > announcedAt)
            return;
        (Email, EmailKey, EmailRecordedAt) = (email, email.Trim().ToLowerInvariant(), announcedAt);
    }

    public void Erase(DateTimeOffset deletedAt) => (Email, EmailKey, EmailRecordedAt) = (ErasedName(AccountId), ErasedName(AccountId), deletedAt);

    public bool Has(AccountFlag flag) => flag switch
    {
        AccountFlag.TestBilling => IsTestBillingAccount,
        AccountFlag.EarlyAccess => HasEarlyAccess,
        AccountFlag.Suspended => IsSuspended,
        AccountFlag.Admin => IsAdmin,
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };

    public void Seen(DateTimeOffset at)
    {
        if (LastSeenAt is null || at > LastSeenAt)
            LastSeenAt = at;
    }

    public void BalanceChanged(CreditBalanceChanged e)
    {
        if (!e.Supersedes(BalanceVersion, BalanceAt))
            return;
        (Balance, Owed, TestBalance, BalanceAt, BalanceVersion) = (e.Balance, e.Owed, e.TestBalance, e.OccurredAt, e.BalanceVersion);
    }

    public void BillingModeChanged(bool isTest, DateTimeOffset at)
    {
        if (BillingModeChangedAt > at)
            return;
        (IsTestBillingAccount, BillingModeChangedAt) = (isTest, at);
    }
}
