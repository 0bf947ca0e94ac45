using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.Sessions;

/// <summary>
/// The server's list of signed-in browsers (`account_sessions`). Ending a session deletes its row, which every instance
/// sees on the cookie's next request; the per-request check rides on the account read of AccountClaimsTransformation.
/// </summary>
internal sealed class AccountSessions(AccountsDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string ClaimType = "spritedx:session";

    public static Guid? IdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimType), out var id) ? id : null;

    public async Task<Guid> StartAsync(Guid accountId, string? userAgent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Sessions abandoned without signing out are swept when their owner next signs in, so the table stays small.
        var idleBefore = now - AccountSession.IdleLifetime;
        await db.Sessions.Where(s => s.AccountId == accountId && s.LastSeenAt < idleBefore).ExecuteDeleteAsync(cancellationToken);
        var session = AccountSession.Start(accountId, userAgent, now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Moves the session's last use forward; the conditional update keeps it to one write per interval.</summary>
    public Task TouchAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - AccountSession.SeenInterval;
        return db.Sessions.Where(s => s.Id == sessionId && s.LastSeenAt < staleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
    }

    public static bool IsTouchDue(DateTimeOffset lastSeenAt, DateTimeOffset now) => lastSeenAt < now - AccountSession.SeenInterval;

    public Task<List<AccountSession>> ActiveAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var idleBefore = clock.GetUtcNow() - AccountSession.IdleLifetime;
        return db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId && s.LastSeenAt >= idleBefore)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);
    }

    public Task EndAsync(Guid accountId, Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.Id == sessionId && s.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of the account, except <paramref name="keep"/> (this browser's) when given.</summary>
    public Task EndAllAsync(Guid accountId, Guid? keep, CancellationToken cancellationToken) =>
        db.Sessions.Where(s => s.AccountId == accountId && s.Id != keep).ExecuteDeleteAsync(cancellationToken);
}
