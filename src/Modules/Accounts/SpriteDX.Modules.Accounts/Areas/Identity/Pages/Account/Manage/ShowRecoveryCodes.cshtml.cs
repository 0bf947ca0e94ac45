using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes, shown this once: SpriteDX keeps only their hashes.</summary>
[Authorize]
internal sealed class ShowRecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string ContinueUrl { get; private set; } = "";

    public IActionResult OnGet(string? returnUrl)
    {
        Codes = RecoveryCodesHandoff.Take(TempData);
        if (Codes.Count == 0)
            return RedirectToPage("./TwoFactorAuthentication");
        ContinueUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Page("./TwoFactorAuthentication")!;
        return Page();
    }
}
