using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.Sessions;

namespace SpriteDX.Modules.Accounts.Features.SignIn;

/// <summary>
/// The one read per request that decides whether a sign-in is still alive: the account exists, its security stamp
/// is the one in the cookie (no password reset or change since), and, for Identity's sign-in cookie, its session row
/// still exists (not signed out, here or everywhere). The same read carries the flags the claims are refreshed from
/// (a suspended account is alive but may do nothing: 403); it is made once per request and shared by the cookie check
/// and the claims.
/// </summary>
internal sealed class SignedInAccount(AccountsDbContext db, IOptions<IdentityOptions> identityOptions)
{
    private (Guid AccountId, Guid? SessionId, AccountState? State)? _read;

    /// <summary>The account's state while <paramref name="principal"/>'s sign-in is alive; null when it is over.</summary>
    public async Task<AccountState?> CheckAsync(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
            return null;
        // Only Identity's sign-in cookie is a session; another scheme (an API key) is checked by its own handler.
        var isCookie = principal.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme;
        var sessionId = AccountSessions.IdOf(principal);
        if (isCookie && sessionId is null)
            return null;

        var state = await ReadAsync(accountId, sessionId);
        var stamp = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        return state is null || state.SecurityStamp != stamp || (isCookie && state.SessionSeenAt is null) ? null : state;
    }

    /// <summary>
    /// Refuses the sign-in cookie of an ended session before anything sees it, so the request is anonymous: 401 for the
    /// API, the login page for pages (a principal emptied later would be forbidden, 403, instead). The cookie is removed.
    /// </summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
            return;
        if (await context.HttpContext.RequestServices.GetRequiredService<SignedInAccount>().CheckAsync(context.Principal) is not null)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task<AccountState?> ReadAsync(Guid accountId, Guid? sessionId)
    {
        if (_read is { } read && read.AccountId == accountId && read.SessionId == sessionId)
            return read.State;
        var state = await db.Users.AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => new AccountState(
                u.IsAdmin, u.HasEarlyAccess, u.IsSuspended, u.TwoFactorEnabled, u.LastSeenAt, u.SecurityStamp,
                db.Sessions.Where(s => s.Id == sessionId && s.AccountId == accountId).Select(s => (DateTimeOffset?)s.LastSeenAt).FirstOrDefault()))
            .SingleOrDefaultAsync();
        _read = (accountId, sessionId, state);
        return state;
    }
}

internal sealed record AccountState(
    bool IsAdmin, bool HasEarlyAccess, bool IsSuspended, bool TwoFactorEnabled, DateTimeOffset? LastSeenAt, string? SecurityStamp, DateTimeOffset? SessionSeenAt);
