using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Registration;
using SpriteDX.Modules.Accounts.Features.SignIn;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>Password sign-in; repeated failures lock the account for a while.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsModule.SignInRateLimit)]
internal sealed class LoginModel(
    UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AccountSeenRecorder seen, UnknownAccountPasswordCheck unknownAccount,
    AdminTwoFactorRule adminTwoFactor) : PageModel
{
    private const string WrongCredentials = "That email and password do not match an account.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        return User.Identity?.IsAuthenticated == true ? LocalRedirect(ReturnUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        if (!ModelState.IsValid)
            return Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            unknownAccount.Run(Input.Password);
            return Fail(WrongCredentials);
        }

        if (user.IsSuspended)
            return Fail("This account is suspended. Contact support if you think this is a mistake.");

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await seen.RecordAsync(user.Id, signingIn: true, HttpContext.RequestAborted);
            return LocalRedirect(TwoFactorSetupGuide.AfterSignIn(user, ReturnUrl, adminTwoFactor));
        }

        // Two-factor sign-in: the password was right; the code is asked on the next page.
        if (result.RequiresTwoFactor)
            return RedirectToPage("./LoginWith2fa", new { returnUrl = ReturnUrl, rememberMe = Input.RememberMe });

        if (result.IsLockedOut)
            return Fail($"Too many failed attempts. This account is locked; try again in {AccountsModule.LockoutDuration.TotalMinutes:0} minutes.");
        return Fail(result.IsNotAllowed ? "This account cannot sign in yet." : WrongCredentials);
    }

    private PageResult Fail(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [SingleEmailAddress]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
