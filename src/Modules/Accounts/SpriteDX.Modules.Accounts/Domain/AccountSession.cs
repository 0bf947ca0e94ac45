namespace SpriteDX.Modules.Accounts.Domain;

/// <summary>
/// One signed-in browser. Its id travels in the sign-in cookie and is checked on every request, so deleting the row
/// ends that session on the server at once, on every instance: a copied cookie stops working when its owner signs out.
/// </summary>
internal sealed class AccountSession
{
    public const int MaxDeviceLength = 200;

    /// <summary>A session unused this long is gone anyway: the sign-in cookie slides over the same time.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromDays(14);

    /// <summary>Last use is written at most this often, so an active session costs one write every few minutes.</summary>
    public static readonly TimeSpan SeenInterval = TimeSpan.FromMinutes(5);

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The browser's own description (User-Agent), shortened, so a person can tell their sessions apart.</summary>
    public string Device { get; private set; } = "";

    public static AccountSession Start(Guid accountId, string? userAgent, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        CreatedAt = now,
        LastSeenAt = now,
        Device = userAgent is null ? "" : userAgent.Length <= MaxDeviceLength ? userAgent : userAgent[..MaxDeviceLength],
    };
}
