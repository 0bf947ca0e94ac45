using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Components;

/// <summary>
/// Payments' part of an account's Admin page: its Stripe customers and saved cards per mode, its automatic top-up
/// and every top-up with its outcome. Public for MVC to find it; the database comes from the request.
/// </summary>
public sealed class AccountBillingAdminViewComponent : ViewComponent
{
    private const int TopUpsShown = 50;

    public async Task<IViewComponentResult> InvokeAsync(Guid accountId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PaymentsDbContext>();
        var ct = HttpContext.RequestAborted;
        var customers = await db.Customers.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.Mode).ToListAsync(ct);
        var settings = await db.AutoTopUps.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        var topUps = await db.TopUps.AsNoTracking().Where(t => t.AccountId == accountId).OrderByDescending(t => t.CreatedAt).Take(TopUpsShown)
            .Join(db.Purchases, t => t.PurchaseId, p => p.Id, (t, p) => new AdminTopUpLine(t, p.PackName, p.Status))
            .ToListAsync(ct);
        var currency = HttpContext.RequestServices.GetRequiredService<CreditPackCatalog>().Find(settings?.PackId)?.Currency ?? "usd";
        return View(new AccountBillingAdmin(accountId, customers, settings, currency, topUps));
    }
}

internal sealed record AdminTopUpLine(TopUp TopUp, string PackName, PurchaseStatus PurchaseStatus);

/// <param name="CapCurrency">The currency of the automatic top-up's pack, which its monthly cap is counted in.</param>
internal sealed record AccountBillingAdmin(
    Guid AccountId, IReadOnlyList<StripeCustomer> Customers, AutoTopUp? AutoTopUp, string CapCurrency, IReadOnlyList<AdminTopUpLine> TopUps);
