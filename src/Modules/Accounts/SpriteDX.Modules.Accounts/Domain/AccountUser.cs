using Microsoft.AspNetCore.Identity;

namespace SpriteDX.Modules.Accounts.Domain;

/// <summary>A person's sign-in identity and the flags that decide what they may do.</summary>
internal sealed class AccountUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsAdmin { get; set; }

    public bool HasEarlyAccess { get; set; }

    public bool IsSuspended { get; set; }

    /// <summary>When an admin last changed each flag: an older decision delivered late must not undo a newer one.</summary>
    public DateTimeOffset? AdminChangedAt { get; set; }

    public DateTimeOffset? EarlyAccessChangedAt { get; set; }

    public DateTimeOffset? SuspendedChangedAt { get; set; }

    /// <summary>When the account was last announced as seen; throttles AccountSeen to one per <see cref="SeenInterval"/>.</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    public static readonly TimeSpan SeenInterval = TimeSpan.FromMinutes(5);

    public static AccountUser Open(string email, DateTimeOffset now, bool isBootstrapAdmin) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        CreatedAt = now,
        IsAdmin = isBootstrapAdmin,
        HasEarlyAccess = isBootstrapAdmin,
    };

    /// <summary>Applies an admin's decision about one flag unless a newer decision about it is already applied.</summary>
    public bool ApplyAccess(string flag, bool value, DateTimeOffset decidedAt)
    {
        switch (flag)
        {
            case AccessFlags.Admin when !(AdminChangedAt > decidedAt):
                (IsAdmin, AdminChangedAt) = (value, decidedAt);
                return true;
            case AccessFlags.EarlyAccess when !(EarlyAccessChangedAt > decidedAt):
                (HasEarlyAccess, EarlyAccessChangedAt) = (value, decidedAt);
                return true;
            case AccessFlags.Suspended when !(SuspendedChangedAt > decidedAt):
                (IsSuspended, SuspendedChangedAt) = (value, decidedAt);
                return true;
            case AccessFlags.Admin or AccessFlags.EarlyAccess or AccessFlags.Suspended:
                return false;
            default:
                throw new ArgumentOutOfRangeException(nameof(flag), flag, "Not an account access flag.");
        }
    }
}

/// <summary>The flag names of AccountAccessChanged.</summary>
internal static class AccessFlags
{
    public const string Admin = "admin";
    public const string EarlyAccess = "early_access";
    public const string Suspended = "suspended";
}
