using Microsoft.EntityFrameworkCore;

namespace SpriteDX.Modules.Accounts.Features.ApiKeys;

/// <summary>
/// A key a person made for their scripts. Only the SHA-256 of the secret is kept: the secret has 256 random bits, so
/// a fast hash is as safe as a slow one and costs nothing per request. The prefix finds the row without the secret.
/// </summary>
internal sealed class ApiKey
{
    public const int MaxNameLength = 60;

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the key after `sdx_`, shown in lists so a person can tell their keys apart.</summary>
    public string Prefix { get; private set; } = "";

    public byte[] SecretHash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Moved at most once per <see cref="LastUsedResolution"/>, so a busy script does not write on every call.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>`owner` or `admin`.</summary>
    public string? RevokedBy { get; private set; }

    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static ApiKey Issue(Guid accountId, string name, ApiKeySecret secret, DateTimeOffset now, DateTimeOffset? expiresAt) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        Name = name,
        Prefix = secret.Prefix,
        SecretHash = secret.Hash,
        CreatedAt = now,
        ExpiresAt = expiresAt,
    };

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && !(ExpiresAt <= now);

    public static void Configure(ModelBuilder builder) => builder.Entity<ApiKey>(key =>
    {
        key.ToTable("ApiKeys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Name).HasMaxLength(MaxNameLength);
        key.Property(k => k.Prefix).HasMaxLength(ApiKeySecret.PrefixLength);
        key.Property(k => k.SecretHash).HasMaxLength(32);
        key.Property(k => k.RevokedBy).HasMaxLength(10);
        key.HasIndex(k => k.Prefix).IsUnique();
        key.HasIndex(k => new { k.AccountId, k.CreatedAt });
    });
}
