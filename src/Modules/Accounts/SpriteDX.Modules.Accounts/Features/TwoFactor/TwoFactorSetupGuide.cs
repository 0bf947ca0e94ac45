using Microsoft.AspNetCore.WebUtilities;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.TwoFactor;

/// <summary>
/// Where a person goes after signing in or up: an admin who must use two-factor sign-in and has not set it up yet
/// (the bootstrap admin's first sign-in) is taken to set it up first, then on to where they were going.
/// </summary>
internal static class TwoFactorSetupGuide
{
    public static string AfterSignIn(AccountUser user, string returnUrl, AdminTwoFactorRule rule) =>
        rule.Required && user.IsAdmin && !user.TwoFactorEnabled
            ? QueryHelpers.AddQueryString(AccountsLinks.TwoFactorSetup, "returnUrl", returnUrl)
            : returnUrl;
}
