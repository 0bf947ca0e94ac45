using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.Modules.Accounts.Features.ApiKeys;

/// <summary>Creating, listing and revoking an account's API keys, for its owner and for admins.</summary>
internal sealed class ApiKeyManager(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>Enough for every script and machine a person has; a runaway loop creating keys stops here.</summary>
    public const int MaxActiveKeys = 20;

    public async Task<IssueOutcome> IssueAsync(Guid accountId, string? name, DateOnly? expiresOn, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            return new IssueOutcome.Refused("name", "Give the key a name, such as the script or machine that will use it.");
        if (trimmed.Length > ApiKey.MaxNameLength || trimmed.Any(char.IsControl))
            return new IssueOutcome.Refused("name", $"A key's name is one line of at most {ApiKey.MaxNameLength} characters.");
        var expiresAt = expiresOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (expiresAt is { } expiry && expiry <= now.UtcDateTime)
            return new IssueOutcome.Refused("expires", "The expiry date must be in the future (keys expire at midnight UTC at the start of that day).");
        var active = await db.ApiKeys.CountAsync(k => k.AccountId == accountId && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now), ct);
        if (active >= MaxActiveKeys)
            return new IssueOutcome.Refused("name", $"An account has at most {MaxActiveKeys} active keys. Revoke one you no longer use first.");

        var secret = ApiKeySecret.New();
        var key = ApiKey.Issue(accountId, trimmed, secret, now, expiresAt is null ? null : new DateTimeOffset(expiresAt.Value));
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new IssueOutcome.Issued(key.Id, secret.Token);
    }

    public async Task<IReadOnlyList<ApiKeyLine>> ListAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).OrderByDescending(k => k.CreatedAt).ToListAsync(ct);
        return keys.Select(k => new ApiKeyLine(k.Id, k.Name, ApiKeySecret.Display(k.Prefix), k.CreatedAt, k.LastUsedAt, k.ExpiresAt, k.RevokedAt, k.IsActive(now)))
            .ToList();
    }

    /// <summary>Revokes one of the account's keys; false when the account has no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(Guid accountId, Guid keyId, bool byAdmin, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var revokedBy = byAdmin ? "admin" : "owner";
        return await db.ApiKeys
            .Where(k => k.Id == keyId && k.AccountId == accountId && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now).SetProperty(k => k.RevokedBy, revokedBy), ct) == 1;
    }
}

internal abstract record IssueOutcome
{
    /// <param name="Token">The whole key, shown to its owner once and never stored.</param>
    public sealed record Issued(Guid KeyId, string Token) : IssueOutcome;

    public sealed record Refused(string Field, string Message) : IssueOutcome;
}

internal sealed record ApiKeyLine(
    Guid Id, string Name, string Display, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, bool IsActive);
