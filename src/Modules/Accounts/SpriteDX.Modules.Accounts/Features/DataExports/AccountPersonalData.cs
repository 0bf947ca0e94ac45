using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.ApiKeys;
using SpriteDX.Modules.Accounts.Features.Sessions;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// Accounts' part of the archive: the account, its API keys and its sessions. Each is copied field by field into a
/// record of its own, so no password hash, security stamp, key hash or token can slip in with an entity.
/// </summary>
internal sealed class AccountPersonalData(AccountsDbContext db) : IPersonalDataSource
{
    public string Folder => "account";

    public IReadOnlyList<PersonalDataFile> Files { get; } =
    [
        new("account.json", "Your account: e-mail address, whether it is confirmed, when you signed up, whether two-factor sign-in is on, and its flags."),
        new("api-keys.json", "Your API keys: name, first characters, when each was made, last used, expires and was revoked (never the key itself)."),
        new("sessions.json", "The browsers signed in to your account: device, when it signed in and when it was last active."),
    ];

    public async Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == accountId)
            .Select(u => new AccountFile(u.Id, u.Email!, u.EmailConfirmed, u.CreatedAt, u.TwoFactorEnabled, u.IsAdmin, u.HasEarlyAccess, u.IsSuspended))
            .SingleAsync(ct);
        await archive.AddJsonAsync("account.json", account, ct);

        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).OrderBy(k => k.CreatedAt).ToListAsync(ct);
        await archive.AddJsonAsync("api-keys.json", keys.Select(k => new ApiKeyLine(
            k.Name, ApiKeySecret.Display(k.Prefix), k.CreatedAt, k.LastUsedAt, k.ExpiresAt, k.RevokedAt)).ToList(), ct);

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        await archive.AddJsonAsync("sessions.json", sessions.Select(s => new SessionLine(
            DeviceDescription.Of(s.Device), s.Device, s.CreatedAt, s.LastSeenAt)).ToList(), ct);
    }

    private sealed record AccountFile(
        Guid Id, string Email, bool EmailConfirmed, DateTimeOffset CreatedAt, bool TwoFactorEnabled, bool Admin, bool EarlyAccess, bool Suspended);

    private sealed record ApiKeyLine(
        string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

    /// <param name="UserAgent">What the browser called itself, from which <paramref name="Device"/> is read.</param>
    private sealed record SessionLine(string Device, string UserAgent, DateTimeOffset SignedInAt, DateTimeOffset LastActiveAt);
}
