using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Pages.Billing;

/// <summary>Usage and Billing: the balance, spending over 30 days, the ledger and purchases.</summary>
[Authorize]
internal sealed class IndexModel(CreditsDbContext db, IOptions<CreditsOptions> options, TimeProvider clock, IViewComponentSelector components) : PageModel
{
    public const string PurchaseHistoryComponent = "PurchaseHistory";
    private const int ChartDays = 30;

    public long Balance { get; private set; }

    public long Owed { get; private set; }

    public IReadOnlyList<LedgerRow> Entries { get; private set; } = [];

    public long? OlderThan { get; private set; }

    public bool IsFirstPage { get; private set; }

    public IReadOnlyList<DaySpend> Spending { get; private set; } = [];

    public bool HasPurchaseHistory => components.SelectComponent(PurchaseHistoryComponent) is not null;

    public async Task OnGetAsync(long? before, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        (Balance, Owed) = (account?.Balance ?? 0, account?.Owed ?? 0);
        IsFirstPage = before is null;

        // Keyset paging: the index on (AccountId, Id desc) finds the page without scanning older rows.
        // A capture moves no credits (the reservation already did), so people are not shown it twice.
        var pageSize = options.Value.LedgerPageSize;
        var page = await db.Ledger.AsNoTracking()
            .Where(e => e.AccountId == accountId && (before == null || e.Id < before) && e.Kind != LedgerKind.GenerationCapture)
            .OrderByDescending(e => e.Id)
            .Take(pageSize + 1)
            .Select(e => new LedgerRow(e.Id, e.At, e.Kind, e.Amount, e.BalanceAfter, e.Description, e.SourceType, e.SourceId))
            .ToListAsync(ct);
        Entries = page.Take(pageSize).ToList();
        OlderThan = page.Count > pageSize ? Entries[^1].Id : null;

        Spending = await SpendingAsync(accountId, ct);
    }

    private async Task<IReadOnlyList<DaySpend>> SpendingAsync(Guid accountId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-(ChartDays - 1));
        var byDay = await db.DailySpending.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.Day >= since)
            .ToDictionaryAsync(d => d.Day, d => d.Credits, ct);
        return Enumerable.Range(0, ChartDays)
            .Select(i => since.AddDays(i))
            .Select(day => new DaySpend(day, Math.Max(0, byDay.GetValueOrDefault(day))))
            .ToList();
    }

    public sealed record LedgerRow(long Id, DateTimeOffset At, LedgerKind Kind, long Amount, long BalanceAfter, string Description, string SourceType, string SourceId);

    public sealed record DaySpend(DateOnly Day, long Credits);
}
