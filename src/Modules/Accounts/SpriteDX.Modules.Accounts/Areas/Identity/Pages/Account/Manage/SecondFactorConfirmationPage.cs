using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// A change to a two-factor sign-in that is on (turn it off, move to a new app, new recovery codes): the page asks
/// for a current code or the password (<see cref="SecondFactorCheck"/>), then makes its one change.
/// </summary>
[Authorize]
internal abstract class SecondFactorConfirmationPage(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, SecondFactorCheck check) : PageModel
{
    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    /// <summary>Why this account may not make the change at all; the page then explains instead of asking.</summary>
    public string? Refusal { get; private set; }

    public abstract string SubmitText { get; }

    public virtual bool Destructive => false;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return RedirectToPage("./TwoFactorAuthentication");
        Refusal = RefusalFor(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return RedirectToPage("./TwoFactorAuthentication");
        Refusal = RefusalFor(user);
        if (Refusal is not null || !ModelState.IsValid)
            return Page();

        switch (await check.VerifyAsync(user, Input.CodeOrPassword))
        {
            case SecondFactorCheckResult.LockedOut:
                ModelState.AddModelError(string.Empty, $"Too many wrong attempts. Your account is locked for {AccountsModule.LockoutDuration.TotalMinutes:0} minutes; try again then.");
                return Page();
            case SecondFactorCheckResult.Wrong:
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CodeOrPassword)}", "That is neither a current code from your app nor your password.");
                return Page();
            default:
                return await ApplyAsync(user);
        }
    }

    protected UserManager<AccountUser> Users => users;

    protected virtual string? RefusalFor(AccountUser user) => null;

    protected abstract Task<IActionResult> ApplyAsync(AccountUser user);

    /// <summary>Off, with a new key for next time, so an app entry made before stops working for good.</summary>
    protected async Task TurnOffAsync(AccountUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user); // a new security stamp: other sessions end, this one is renewed below
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
    }

    public sealed class ConfirmInput
    {
        [Required(ErrorMessage = "Enter a code from your app, or your password.")]
        [StringLength(200, ErrorMessage = "Enter a code from your app, or your password.")]
        [DataType(DataType.Password)]
        public string CodeOrPassword { get; set; } = "";
    }
}
