using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Features.ApiKeys;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.Modules.Accounts.Pages.ApiKeys;

/// <summary>An admin revokes one of an account's keys from the account's Admin page, and lands back there.</summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class AccountApiKeysAdminModel(ApiKeyManager keys) : PageModel
{
    public static string RevokeUrl(Guid accountId, Guid keyId) => $"/account/api-keys/admin/{accountId}/{keyId}/revoke";

    public IActionResult OnGet(Guid accountId) => Redirect(AdminLinks.Account(accountId));

    public async Task<IActionResult> OnPostAsync(Guid accountId, Guid keyId, CancellationToken ct)
    {
        if (await keys.RevokeAsync(accountId, keyId, byAdmin: true, ct))
            TempData.Toast("The API key was revoked. Calls made with it are now refused.");
        else
            TempData.Toast("That key was already revoked.", ToastKind.Info);
        return Redirect(AdminLinks.Account(accountId) + "#api-keys-title");
    }
}
