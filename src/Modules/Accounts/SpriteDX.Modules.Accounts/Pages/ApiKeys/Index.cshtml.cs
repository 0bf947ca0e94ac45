using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Features.ApiKeys;

namespace SpriteDX.Modules.Accounts.Pages.ApiKeys;

/// <summary>A person's API keys: make one (shown once), see when each was last used, revoke it.</summary>
[Authorize]
internal sealed class IndexModel(ApiKeyManager keys) : PageModel
{
    public IReadOnlyList<ApiKeyLine> Keys { get; private set; } = [];

    /// <summary>The key just made, shown on this answer only: it is never stored and cannot be shown again.</summary>
    public string? NewToken { get; private set; }

    public string? NewName { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await keys.ListAsync(User.AccountId(), ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState[nameof(ExpiresOn)]?.Errors.Count > 0)
        {
            ModelState.Remove(nameof(ExpiresOn));
            ModelState.AddModelError("expires", "Pick a date, or leave it empty for a key that does not expire.");
        }
        else
        {
            switch (await keys.IssueAsync(User.AccountId(), Name, ExpiresOn, ct))
            {
                case IssueOutcome.Issued issued:
                    // Rendered, not redirected: a redirect would need the secret in TempData or the URL.
                    (NewToken, NewName, Name, ExpiresOn) = (issued.Token, Name!.Trim(), null, null);
                    ModelState.Clear();
                    break;
                case IssueOutcome.Refused(var field, var message):
                    ModelState.AddModelError(field, message);
                    break;
            }
        }

        Keys = await keys.ListAsync(User.AccountId(), ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid keyId, CancellationToken ct)
    {
        if (await keys.RevokeAsync(User.AccountId(), keyId, byAdmin: false, ct))
            TempData.Toast("The key was revoked. Calls made with it are now refused.");
        else
            TempData.Toast("That key was already revoked.", ToastKind.Info);
        return RedirectToPage();
    }

    public string? ErrorFor(string field) => ModelState[field]?.Errors.FirstOrDefault()?.ErrorMessage;
}
