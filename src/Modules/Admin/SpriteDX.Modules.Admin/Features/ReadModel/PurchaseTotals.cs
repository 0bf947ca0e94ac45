using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed record PurchaseTotal(Guid AccountId, string Currency, bool Livemode, int Count, long NetMinor)
{
    public string Text => MoneyText.Format(NetMinor, Currency);
}

internal static class PurchaseTotals
{
    /// <summary>What each account paid per currency and mode, net of refunds; a disputed payment counts nothing unless the dispute was won.</summary>
    public static async Task<IReadOnlyList<PurchaseTotal>> TotalsForAsync(this IQueryable<PurchaseLine> purchases, IReadOnlyCollection<Guid> accountIds,
        CancellationToken ct) =>
        await purchases.AsNoTracking()
            .Where(p => accountIds.Contains(p.AccountId))
            .GroupBy(p => new { p.AccountId, p.Currency, p.Livemode })
            .OrderBy(g => g.Key.Currency)
            .Select(g => new PurchaseTotal(g.Key.AccountId, g.Key.Currency, g.Key.Livemode, g.Count(),
                g.Sum(p => p.IsDisputed && p.DisputeWon != true ? 0 : p.AmountMinor - p.RefundedMinor)))
            .ToListAsync(ct);
}
