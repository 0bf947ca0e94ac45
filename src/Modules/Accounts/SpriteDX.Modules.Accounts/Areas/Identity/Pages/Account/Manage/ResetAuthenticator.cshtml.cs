using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>A new phone, or a key that may have leaked: a new key, set up again from the start.</summary>
internal sealed class ResetAuthenticatorModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, SecondFactorCheck check)
    : SecondFactorConfirmationPage(users, signIn, check)
{
    public override string SubmitText => "Make a new key";

    protected override async Task<IActionResult> ApplyAsync(AccountUser user)
    {
        await TurnOffAsync(user);
        TempData.Toast("Your old app entry no longer works. Add SpriteDX to your app with the new key.", ToastKind.Info);
        return RedirectToPage("./EnableAuthenticator");
    }
}
