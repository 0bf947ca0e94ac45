using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;

namespace SpriteDX.Modules.Payments.Components;

/// <summary>
/// The purchases section of Usage and Billing, newest first, keyset-paged by `purchasesBefore`. MVC finds
/// view components only when public, and a public constructor cannot take this module's internal types,
/// so the database is taken from the request.
/// </summary>
public sealed class PurchaseHistoryViewComponent : ViewComponent
{
    public const string OlderQueryKey = "purchasesBefore";
    private const int PageSize = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var db = HttpContext.RequestServices.GetRequiredService<PaymentsDbContext>();
        var accountId = UserClaimsPrincipal.AccountId();
        DateTimeOffset? before = long.TryParse(Request.Query[OlderQueryKey], out var ticks) && ticks > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

        var rows = await db.Purchases.AsNoTracking()
            .Where(p => p.AccountId == accountId && (p.CheckoutSessionId != null || db.TopUps.Any(t => t.PurchaseId == p.Id)) && (before == null || p.CreatedAt < before))
            .OrderByDescending(p => p.CreatedAt)
            .Take(PageSize + 1)
            .ToListAsync(HttpContext.RequestAborted);
        var page = rows.Take(PageSize).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var failedRefunds = await db.Adjustments.AsNoTracking()
            .Where(a => ids.Contains(a.PurchaseId) && (a.Outcome == AdjustmentOutcome.RefundFailed || a.Outcome == AdjustmentOutcome.RefundCanceled))
            .Select(a => a.PurchaseId)
            .Distinct()
            .ToListAsync(HttpContext.RequestAborted);
        var requests = await db.RefundRequests.AsNoTracking()
            .Where(r => ids.Contains(r.PurchaseId))
            .ToDictionaryAsync(r => r.PurchaseId, r => r.Status, HttpContext.RequestAborted);
        var canBuy = HttpContext.RequestServices.GetRequiredService<BillingAvailability>().IsAvailableTo(UserClaimsPrincipal);
        return View(new PurchaseHistory(page, failedRefunds.ToHashSet(), requests, rows.Count > PageSize ? page[^1].CreatedAt.UtcTicks : null, before is not null, canBuy));
    }
}

internal sealed record PurchaseHistory(
    IReadOnlyList<Purchase> Purchases, IReadOnlySet<Guid> WithFailedRefund, IReadOnlyDictionary<Guid, RefundRequestStatus> RefundRequests, long? OlderThan,
    bool IsOlderPage, bool CanBuy);
