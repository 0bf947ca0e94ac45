using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.SignIn;

namespace SpriteDX.Modules.Accounts.Features.ApiKeys;

/// <summary>
/// `Authorization: Bearer sdx_…` on the API: one read finds the key by its prefix and the account's flags beside it.
/// A refused key is answered 401 problem+json saying why, and never echoed. The principal carries the account, never
/// the admin role: a key is for a person's own sprites and credits, not for running SpriteDX.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountsDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyRequests.HasKeyInQuery(Request))
            return AuthenticateResult.Fail("An API key belongs in the Authorization header (Bearer), never in the URL, where proxies and browsers keep it. Revoke that key and make a new one.");
        var header = Request.Headers.Authorization.ToString();
        var secret = ApiKeySecret.Parse(header.Length > "Bearer ".Length ? header["Bearer ".Length..].Trim() : null);
        if (secret is null)
            return AuthenticateResult.Fail("That is not a SpriteDX API key. Send `Authorization: Bearer sdx_…` with a key from the API keys page.");

        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == secret.Prefix)
            .Join(db.Users, k => k.AccountId, u => u.Id, (k, u) => new
            {
                k.Id, k.Name, k.AccountId, k.SecretHash, k.ExpiresAt, k.RevokedAt, k.LastUsedAt, u.Email, u.IsSuspended, u.HasEarlyAccess,
            })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (found is null || !secret.Matches(found.SecretHash))
            return AuthenticateResult.Fail("This API key does not exist. Check that it was copied whole, or make a new one.");
        if (found.RevokedAt is not null)
            return AuthenticateResult.Fail("This API key was revoked. Make a new one on the API keys page.");
        if (found.ExpiresAt <= now)
            return AuthenticateResult.Fail("This API key has expired. Make a new one on the API keys page.");
        if (found.IsSuspended)
            return AuthenticateResult.Fail("This account is suspended, and so are its API keys.");

        if (!(found.LastUsedAt > now - ApiKey.LastUsedResolution))
            await TouchAsync(found.Id, now);

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, found.AccountId.ToString()),
                new Claim(ClaimTypes.Name, found.Email ?? ""),
                new Claim(SpriteDxClaims.ApiKeyId, found.Id.ToString()),
                new Claim(SpriteDxClaims.ApiKeyName, found.Name),
                // The flags were read just now: the per-request refresh of a cookie session has nothing to add.
                new Claim(AccountClaimsTransformation.RefreshedMarker, "true"),
            ],
            Scheme.Name);
        if (found.HasEarlyAccess)
            identity.AddClaim(new Claim(SpriteDxClaims.EarlyAccess, "true"));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>"Last used" to the minute: of the calls in one minute only the first writes, and a lost race writes nothing.</summary>
    private Task TouchAsync(Guid keyId, DateTimeOffset now)
    {
        var staleBefore = now - ApiKey.LastUsedResolution;
        return db.ApiKeys
            .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt <= staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "The API key was refused",
            result.Failure?.Message ?? "This call needs an API key: send `Authorization: Bearer sdx_…`.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed with an API key",
            "API keys act for their account and never carry admin rights.");

    private Task WriteProblemAsync(int status, string type, string title, string detail)
    {
        Response.StatusCode = status;
        return Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Type = type, Title = title, Detail = detail },
        }).AsTask();
    }
}
