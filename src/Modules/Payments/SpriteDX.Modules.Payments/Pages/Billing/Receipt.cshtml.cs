using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Refunds;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>One purchase's receipt, for its owner only: where a refund of it stands, and the way to ask for one (confirmed on its own page).</summary>
[Authorize]
internal sealed class ReceiptModel(PaymentsDbContext db, SelfServeRefunds refunds) : PageModel
{
    public Purchase Purchase { get; private set; } = null!;

    public IReadOnlyList<PurchaseAdjustment> Adjustments { get; private set; } = [];

    public RefundRequest? RefundRequest { get; private set; }

    /// <summary>Why the buyer cannot refund this purchase here; null when the Refund link is offered.</summary>
    public string? RefundUnavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid purchaseId, CancellationToken ct)
    {
        if (await refunds.StandingAsync(purchaseId, User.AccountId(), ct) is not { } standing)
            return NotFound();

        (Purchase, RefundRequest, RefundUnavailable) = (standing.Purchase, standing.Request, standing.Unavailable);
        Adjustments = await db.Adjustments.AsNoTracking().Where(a => a.PurchaseId == purchaseId).OrderBy(a => a.At).ToListAsync(ct);
        return Page();
    }
}
