using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Refunds;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>
/// The refund's own step: what a refund of this purchase does, and the one button that asks for it. The receipt only
/// links here, so a stray click never sends money back; without JavaScript it is an ordinary page.
/// </summary>
[Authorize]
internal sealed class RefundModel(SelfServeRefunds refunds) : PageModel
{
    public Purchase Purchase { get; private set; } = null!;

    /// <summary>Why the buyer cannot refund this purchase now; null when the confirmation is offered.</summary>
    public string? Unavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid purchaseId, CancellationToken ct)
    {
        if (await refunds.StandingAsync(purchaseId, User.AccountId(), ct) is not { } standing)
            return NotFound();
        (Purchase, Unavailable) = (standing.Purchase, standing.Unavailable);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid purchaseId, CancellationToken ct)
    {
        switch (await refunds.RequestAsync(purchaseId, User.AccountId(), ct))
        {
            case RefundRequestAnswer.NotFound:
                return NotFound();
            case RefundRequestAnswer.Refused refused:
                TempData.Toast(refused.Reason, ToastKind.Error);
                break;
            case RefundRequestAnswer.Started { Request: var request }:
                TempData.Toast(request.Status switch
                {
                    RefundRequestStatus.Failed => $"The refund did not go through: {request.FailureReason}",
                    RefundRequestStatus.Refunded => "Refunded: the money is on its way back to your card and the credits were taken back.",
                    _ => "Refund requested: the credits are on hold and the money goes back to your card within 5-10 days.",
                }, request.Status == RefundRequestStatus.Failed ? ToastKind.Error : ToastKind.Success);
                break;
        }

        return LocalRedirect(PaymentsLinks.Receipt(purchaseId));
    }
}
