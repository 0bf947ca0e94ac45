using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Features.Sessions;

namespace SpriteDX.Modules.Accounts.Features.SignIn;

/// <summary>
/// Refreshes the account's flags on every request, so an admin's change (admin, early access, suspended) takes effect
/// on the next request without signing in again. A suspended account, and a sign-in that is over (SignedInAccount:
/// a deleted account, an old security stamp, an ended session), are treated as signed out. The same read tells
/// whether the account and the session are due to be marked as seen, and whether the account signs in with a second
/// factor (admins must).
/// </summary>
internal sealed class AccountClaimsTransformation(
    SignedInAccount signedIn, AccountSeenRecorder seen, AccountSessions sessions, TimeProvider clock) : IClaimsTransformation
{
    internal const string RefreshedMarker = "spritedx:flags_refreshed";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == RefreshedMarker))
            return principal;
        // Identity's two-factor cookies (who passed the password step; a remembered browser) name the account differently
        // and are not sessions: they are read as Identity wrote them.
        if (principal.Identity.AuthenticationType == IdentityConstants.TwoFactorUserIdScheme || principal.Identity.AuthenticationType == IdentityConstants.TwoFactorRememberMeScheme)
            return principal;
        if (await signedIn.CheckAsync(principal) is not { IsSuspended: false } flags)
            return new ClaimsPrincipal(new ClaimsIdentity());

        var now = clock.GetUtcNow();
        var accountId = principal.AccountId();
        if (AccountSeenRecorder.IsDue(flags.LastSeenAt, now))
            await seen.RecordAsync(accountId, signingIn: false, CancellationToken.None);
        if (flags.SessionSeenAt is { } sessionSeenAt && AccountSessions.IsTouchDue(sessionSeenAt, now))
            await sessions.TouchAsync(AccountSessions.IdOf(principal)!.Value, CancellationToken.None);

        var source = (ClaimsIdentity)principal.Identity;
        var identity = new ClaimsIdentity(
            source.Claims.Where(c => c.Type != source.RoleClaimType && c.Type != SpriteDxClaims.EarlyAccess && c.Type != SpriteDxClaims.TwoFactor),
            source.AuthenticationType, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(RefreshedMarker, "true"));
        if (flags.IsAdmin)
            identity.AddClaim(new Claim(source.RoleClaimType, SpriteDxClaims.AdminRole));
        if (flags.HasEarlyAccess || flags.IsAdmin)
            identity.AddClaim(new Claim(SpriteDxClaims.EarlyAccess, "true"));
        if (flags.TwoFactorEnabled)
            identity.AddClaim(new Claim(SpriteDxClaims.TwoFactor, "true"));
        return new ClaimsPrincipal(identity);
    }
}
