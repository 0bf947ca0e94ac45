using Microsoft.AspNetCore.Identity;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.TwoFactor;

/// <summary>
/// Turning two-factor sign-in off, resetting the app or taking new recovery codes asks again for a current code or
/// the password, so a session left open (or stolen) cannot quietly remove the second factor. A wrong answer counts
/// toward lockout exactly as a wrong password at sign-in does.
/// </summary>
internal sealed class SecondFactorCheck(UserManager<AccountUser> users)
{
    public async Task<SecondFactorCheckResult> VerifyAsync(AccountUser user, string codeOrPassword)
    {
        if (await users.IsLockedOutAsync(user))
            return SecondFactorCheckResult.LockedOut;

        var code = AuthenticatorCode.Normalize(codeOrPassword);
        var verified = AuthenticatorCode.LooksLikeOne(code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : await users.CheckPasswordAsync(user, codeOrPassword);
        if (verified)
        {
            await users.ResetAccessFailedCountAsync(user);
            return SecondFactorCheckResult.Verified;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SecondFactorCheckResult.LockedOut : SecondFactorCheckResult.Wrong;
    }
}

internal enum SecondFactorCheckResult
{
    Verified,
    Wrong,
    LockedOut,
}

/// <summary>What people type from an authenticator app: six digits, often with a space or a dash in the middle.</summary>
internal static class AuthenticatorCode
{
    public const int Length = 6;

    public static string Normalize(string typed) => typed.Replace(" ", "").Replace("-", "").Trim();

    public static bool LooksLikeOne(string normalized) => normalized.Length == Length && normalized.All(char.IsAsciiDigit);
}
