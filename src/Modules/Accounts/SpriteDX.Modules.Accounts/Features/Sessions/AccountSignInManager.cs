using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.Sessions;

/// <summary>
/// Every way in (password, sign-up, reset, an authenticator or recovery code) ends in SignInWithClaimsAsync, so a session row is opened there
/// and its id put in the cookie; signing out deletes the row, so a copy of the cookie stops working too.
/// </summary>
internal sealed class AccountSignInManager(
    UserManager<AccountUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AccountUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AccountUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AccountUser> confirmation,
    AccountSessions sessions)
    : SignInManager<AccountUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static readonly string[] KeptOnRefresh = ["amr", ClaimTypes.AuthenticationMethod];

    private Guid? _keptSession;

    public override async Task SignInWithClaimsAsync(AccountUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var sessionId = _keptSession ?? await sessions.StartAsync(user.Id, Context.Request.Headers.UserAgent, Context.RequestAborted);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(AccountSessions.ClaimType, sessionId.ToString())]);
    }

    /// <summary>
    /// Renews this browser's cookie after its account changed (password, e-mail, two-factor on or off): the same session,
    /// a new security stamp. Identity's own refresh would refuse here, because the request was authenticated with the old
    /// stamp, and the stale cookie would sign the person out on their next request. Every other session's cookie carries
    /// the old stamp and is dead from now on, so their rows go too (the sessions list shows only live ones).
    /// </summary>
    public override async Task RefreshSignInAsync(AccountUser user)
    {
        var signedIn = Context.User;
        if (signedIn.FindFirstValue(ClaimTypes.NameIdentifier) != user.Id.ToString())
            return;
        var cookie = await Context.AuthenticateAsync(AuthenticationScheme);
        _keptSession = AccountSessions.IdOf(signedIn);
        await sessions.EndAllAsync(user.Id, keep: _keptSession, Context.RequestAborted);
        try
        {
            await SignInWithClaimsAsync(user, cookie.Properties, signedIn.Claims.Where(c => KeptOnRefresh.Contains(c.Type)).ToList());
        }
        finally
        {
            _keptSession = null;
        }
    }

    public override async Task SignOutAsync()
    {
        if (AccountSessions.IdOf(Context.User) is { } sessionId && Guid.TryParse(Context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
            await sessions.EndAsync(accountId, sessionId, CancellationToken.None);
        await base.SignOutAsync();
    }
}
