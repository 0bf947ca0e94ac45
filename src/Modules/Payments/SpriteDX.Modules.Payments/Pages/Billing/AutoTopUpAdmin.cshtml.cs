using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Payments.Features.TopUps;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>An admin turns an account's automatic top-up off from the account's Admin page, and lands back there.</summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class AutoTopUpAdminModel(AutoTopUpSettings settings) : PageModel
{
    public static string TurnOffUrl(Guid accountId) => $"/billing/auto-top-up/admin/{accountId}/off";

    public IActionResult OnGet(Guid accountId) => Redirect(AdminLinks.Account(accountId));

    public async Task<IActionResult> OnPostAsync(Guid accountId, CancellationToken ct)
    {
        if (await settings.TurnOffByAdminAsync(accountId, User.AccountId(), User.Identity?.Name ?? "", ct))
            TempData.Toast("Automatic top-up is off for this account. The customer sees that an administrator turned it off.");
        else
            TempData.Toast("Automatic top-up was already off.", ToastKind.Info);
        return Redirect(AdminLinks.Account(accountId) + "#billing-admin-title");
    }
}
