using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>Signing out is a POST (a link or an image cannot sign someone out); GET asks first.</summary>
[AllowAnonymous]
internal sealed class LogoutModel(SignInManager<AccountUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData.Toast("You are signed out.", ToastKind.Info);
        return LocalRedirect("/");
    }
}
