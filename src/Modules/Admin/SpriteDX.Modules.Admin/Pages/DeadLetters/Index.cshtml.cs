using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Features.DeadLetters;

namespace SpriteDX.Modules.Admin.Pages.DeadLetters;

/// <summary>Notifications whose handlers gave up, from every module; an admin retries or dismisses each one.</summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class IndexModel(DeadLetterActions deadLetters) : PageModel
{
    public IReadOnlyList<DeadLetter> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Letters = await deadLetters.ListAsync(ct);

    public async Task<IActionResult> OnPostRetryAsync(string module, Guid messageId, CancellationToken ct)
    {
        if (await deadLetters.RetryAsync(User.Actor(), module, messageId, ct))
            TempData.Toast("Delivered again. If a handler still fails, it retries with back-off before coming back here.");
        else
            TempData.Toast("That notification is no longer a dead letter; nothing was done.", ToastKind.Info);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDismissAsync(string module, Guid messageId, CancellationToken ct)
    {
        if (await deadLetters.DismissAsync(User.Actor(), module, messageId, ct))
            TempData.Toast("Dismissed. It will not be delivered again.");
        else
            TempData.Toast("That notification is no longer a dead letter; nothing was done.", ToastKind.Info);
        return RedirectToPage();
    }
}
