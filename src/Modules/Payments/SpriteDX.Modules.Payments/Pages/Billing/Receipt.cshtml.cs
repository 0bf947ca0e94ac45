using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>One purchase's receipt, for its owner only.</summary>
[Authorize]
internal sealed class ReceiptModel(PaymentsDbContext db) : PageModel
{
    public Purchase Purchase { get; private set; } = null!;

    public IReadOnlyList<PurchaseAdjustment> Adjustments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid purchaseId, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var purchase = await db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == purchaseId && p.AccountId == accountId, ct);
        if (purchase is null)
            return NotFound();

        Purchase = purchase;
        Adjustments = await db.Adjustments.AsNoTracking().Where(a => a.PurchaseId == purchaseId).OrderBy(a => a.At).ToListAsync(ct);
        return Page();
    }
}
