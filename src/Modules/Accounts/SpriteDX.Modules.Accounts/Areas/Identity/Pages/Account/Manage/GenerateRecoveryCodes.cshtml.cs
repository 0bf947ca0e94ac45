using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Ten new recovery codes; the old ones stop working.</summary>
internal sealed class GenerateRecoveryCodesModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, SecondFactorCheck check)
    : SecondFactorConfirmationPage(users, signIn, check)
{
    public override string SubmitText => "Make new recovery codes";

    protected override async Task<IActionResult> ApplyAsync(AccountUser user)
    {
        RecoveryCodesHandoff.Put(TempData, await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesHandoff.Count) ?? []);
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
