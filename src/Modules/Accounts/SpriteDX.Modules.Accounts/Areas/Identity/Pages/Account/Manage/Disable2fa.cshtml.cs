using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-factor sign-in off; an admin may not while `Admin:RequireTwoFactor` is true.</summary>
internal sealed class Disable2faModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, SecondFactorCheck check, AdminTwoFactorRule rule)
    : SecondFactorConfirmationPage(users, signIn, check)
{
    public override string SubmitText => "Turn off two-factor sign-in";

    public override bool Destructive => true;

    protected override string? RefusalFor(AccountUser user) =>
        rule.Required && user.IsAdmin
            ? "Admins must keep two-factor sign-in on: SpriteDX requires it for the admin pages (Admin:RequireTwoFactor). You can move it to a new app instead."
            : null;

    protected override async Task<IActionResult> ApplyAsync(AccountUser user)
    {
        await TurnOffAsync(user);
        TempData.Toast("Two-factor sign-in is off. Logging in now asks for your password only.", ToastKind.Info);
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
