using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Refunds;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>One purchase's receipt, for its owner only, with the refund its buyer may ask for and where that refund stands.</summary>
[Authorize]
internal sealed class ReceiptModel(PaymentsDbContext db, SelfServeRefunds refunds) : PageModel
{
    public Purchase Purchase { get; private set; } = null!;

    public IReadOnlyList<PurchaseAdjustment> Adjustments { get; private set; } = [];

    public RefundRequest? RefundRequest { get; private set; }

    /// <summary>Why the buyer cannot refund this purchase here; null when the Refund button is offered.</summary>
    public string? RefundUnavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid purchaseId, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var purchase = await db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == purchaseId && p.AccountId == accountId, ct);
        if (purchase is null)
            return NotFound();

        Purchase = purchase;
        Adjustments = await db.Adjustments.AsNoTracking().Where(a => a.PurchaseId == purchaseId).OrderBy(a => a.At).ToListAsync(ct);
        RefundRequest = await db.RefundRequests.AsNoTracking().SingleOrDefaultAsync(r => r.PurchaseId == purchaseId, ct);
        var account = await db.BillingAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        RefundUnavailable = refunds.WhyNot(purchase, RefundRequest, account);
        return Page();
    }

    public async Task<IActionResult> OnPostRefundAsync(Guid purchaseId, CancellationToken ct)
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

        return RedirectToPage(new { purchaseId });
    }
}
