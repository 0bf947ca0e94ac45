using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.Modules.Accounts.Features.SignIn;

/// <summary>
/// Reads the account's flags on every request, so an admin's change (admin, early access, suspended)
/// takes effect on the next request without signing in again. A suspended or deleted account is
/// treated as signed out. The same read tells whether the account is due to be announced as seen.
/// </summary>
internal sealed class AccountClaimsTransformation(AccountsDbContext db, AccountSeenRecorder seen, TimeProvider clock) : IClaimsTransformation
{
    private const string RefreshedMarker = "spritedx:flags_refreshed";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == RefreshedMarker))
            return principal;
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
            return new ClaimsPrincipal(new ClaimsIdentity());

        var flags = await db.Users.AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => new { u.IsAdmin, u.HasEarlyAccess, u.IsSuspended, u.LastSeenAt })
            .SingleOrDefaultAsync();
        if (flags is null || flags.IsSuspended)
            return new ClaimsPrincipal(new ClaimsIdentity());
        if (AccountSeenRecorder.IsDue(flags.LastSeenAt, clock.GetUtcNow()))
            await seen.RecordAsync(accountId, signingIn: false, CancellationToken.None);

        var source = (ClaimsIdentity)principal.Identity;
        var identity = new ClaimsIdentity(
            source.Claims.Where(c => c.Type != source.RoleClaimType && c.Type != SpriteDxClaims.EarlyAccess),
            source.AuthenticationType, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(RefreshedMarker, "true"));
        if (flags.IsAdmin)
            identity.AddClaim(new Claim(source.RoleClaimType, SpriteDxClaims.AdminRole));
        if (flags.HasEarlyAccess || flags.IsAdmin)
            identity.AddClaim(new Claim(SpriteDxClaims.EarlyAccess, "true"));
        return new ClaimsPrincipal(identity);
    }
}
