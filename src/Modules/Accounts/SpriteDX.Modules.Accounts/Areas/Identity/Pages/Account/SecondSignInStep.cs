using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.SignIn;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of signing in, after the password: Identity remembers who passed the first step for a few minutes
/// (its two-factor cookie). A wrong code counts toward lockout as a wrong password does.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsModule.SignInRateLimit)]
internal abstract class SecondSignInStep(SignInManager<AccountUser> signIn, AccountSeenRecorder seen) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";

    public bool RememberMe { get; private set; }

    protected SignInManager<AccountUser> SignInFlow => signIn;

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool rememberMe)
    {
        Remember(returnUrl, rememberMe);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, bool rememberMe)
    {
        Remember(returnUrl, rememberMe);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return StartAgain();
        if (!ModelState.IsValid)
            return Page();

        var result = await SignInAsync(user);
        if (result.Succeeded)
        {
            await seen.RecordAsync(user.Id, signingIn: true, HttpContext.RequestAborted);
            return LocalRedirect(ReturnUrl);
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? $"Too many failed attempts. This account is locked; try again in {AccountsModule.LockoutDuration.TotalMinutes:0} minutes."
            : WrongCode);
        return Page();
    }

    protected abstract string WrongCode { get; }

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(AccountUser user);

    private void Remember(string? returnUrl, bool rememberMe)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        RememberMe = rememberMe;
    }

    // The first step is good for a few minutes only (or was never taken): the password is asked again.
    private RedirectToPageResult StartAgain()
    {
        TempData.Toast("Your sign-in took too long. Log in again.", ToastKind.Info);
        return RedirectToPage("./Login", new { returnUrl = ReturnUrl });
    }
}
