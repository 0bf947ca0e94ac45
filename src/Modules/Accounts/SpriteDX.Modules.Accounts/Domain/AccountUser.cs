using Microsoft.AspNetCore.Identity;

namespace SpriteDX.Modules.Accounts.Domain;

/// <summary>A person's sign-in identity and the flags that decide what they may do.</summary>
internal sealed class AccountUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsAdmin { get; set; }

    public bool HasEarlyAccess { get; set; }

    public bool IsSuspended { get; set; }

    public static AccountUser Open(string email, DateTimeOffset now, bool isBootstrapAdmin) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        CreatedAt = now,
        IsAdmin = isBootstrapAdmin,
        HasEarlyAccess = isBootstrapAdmin,
    };
}
