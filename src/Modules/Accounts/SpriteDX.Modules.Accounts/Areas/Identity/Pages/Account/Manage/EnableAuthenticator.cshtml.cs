using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Adds SpriteDX to an authenticator app (QR code or typed key) and turns two-factor sign-in on once a code from the
/// app proves it is set up. Admins are sent here by <see cref="AdminTwoFactorRule"/> and returned afterwards.
/// </summary>
[Authorize]
internal sealed class EnableAuthenticatorModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AdminTwoFactorRule rule) : PageModel
{
    [BindProperty]
    public EnableInput Input { get; set; } = new();

    public AuthenticatorSetup Setup { get; private set; } = null!;

    public bool RequiredForAdmin { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        if (user.TwoFactorEnabled)
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("./TwoFactorAuthentication");
        await ShowSetupAsync(user, returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        if (user.TwoFactorEnabled)
            return RedirectToPage("./TwoFactorAuthentication");
        if (!ModelState.IsValid)
            return await ShowSetupAsync(user, returnUrl);

        // The key is on this very page, so a wrong code here is a typo or a phone's clock, not a guess: it does not count toward lockout.
        var code = AuthenticatorCode.Normalize(Input.Code);
        if (!AuthenticatorCode.LooksLikeOne(code)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}",
                "That code does not match. Enter the six digits your app shows now for SpriteDX (check that your phone's clock is right).");
            return await ShowSetupAsync(user, returnUrl);
        }

        await users.SetTwoFactorEnabledAsync(user, true); // a new security stamp: every other session of the account ends
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesHandoff.Count) ?? [];
        await signIn.RefreshSignInAsync(user);
        RecoveryCodesHandoff.Put(TempData, codes);
        return RedirectToPage("./ShowRecoveryCodes", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
    }

    private async Task<PageResult> ShowSetupAsync(AccountUser user, string? returnUrl)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user); // also a new security stamp: this session's cookie follows it
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        Setup = AuthenticatorSetup.For(user.Email!, key);
        RequiredForAdmin = rule.Required && user.IsAdmin;
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        return Page();
    }

    public sealed class EnableInput
    {
        [Required(ErrorMessage = "Enter the six-digit code from your app.")]
        [StringLength(20, ErrorMessage = "Enter the six-digit code from your app.")]
        public string Code { get; set; } = "";
    }
}
