using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.SavedCards;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>
/// Removing the saved card is its own step: Usage and Billing only links here. The card is always the signed-in
/// account's own (found from the account, never from the request), so nobody can remove another's.
/// </summary>
[Authorize]
internal sealed class RemoveCardModel(CustomerCards cards) : PageModel
{
    public SavedCard? Card { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Card = await cards.CurrentAsync(User.AccountId(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await cards.RemoveAsync(User.AccountId(), ct))
        {
            case CardRemoval.Removed removed:
                TempData.Toast($"{removed.Card.Description} was removed. Automatic top-up is off until you save a card again.");
                break;
            case CardRemoval.NoCard:
                TempData.Toast("There is no saved card to remove.", ToastKind.Info);
                break;
            default:
                TempData.Toast("Stripe could not remove the card just now. Nothing changed; try again in a moment.", ToastKind.Error);
                return LocalRedirect(PaymentsLinks.RemoveSavedCard);
        }

        return LocalRedirect(CreditsLinks.Billing);
    }
}
