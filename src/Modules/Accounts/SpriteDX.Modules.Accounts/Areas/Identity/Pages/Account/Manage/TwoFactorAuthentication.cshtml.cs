using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Two-factor sign-in at a glance: on or off, recovery codes left, and the ways to change it.</summary>
[Authorize]
internal sealed class TwoFactorAuthenticationModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AdminTwoFactorRule rule) : PageModel
{
    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool BrowserRemembered { get; private set; }

    public bool RequiredForAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        BrowserRemembered = Enabled && await signIn.IsTwoFactorClientRememberedAsync(user);
        RequiredForAdmin = rule.Required && user.IsAdmin;
        return Page();
    }

    public async Task<IActionResult> OnPostForgetBrowserAsync()
    {
        await signIn.ForgetTwoFactorClientAsync();
        TempData.Toast("This browser will ask for a code from your app at the next sign-in.");
        return RedirectToPage();
    }
}
