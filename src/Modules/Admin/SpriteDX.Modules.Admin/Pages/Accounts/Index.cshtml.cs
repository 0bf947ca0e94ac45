using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Admin.Features.ReadModel;

namespace SpriteDX.Modules.Admin.Pages.Accounts;

/// <summary>
/// Every account, from Admin's own read model: search by email fragment or exact id, four sort orders,
/// keyset paging (each sort key is made unique by the email, so "after this row" is exact).
/// </summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class IndexModel(AdminDbContext db) : PageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<(string Key, string Label)> SortOrders =
        [("created", "Newest"), ("email", "Email"), ("balance", "Balance"), ("last_seen", "Last seen")];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "created";

    /// <summary>The cursor: the last row's sort value and email, "value|email".</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public string? NextAfter { get; private set; }

    public bool HasAnyAccount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (SortOrders.All(s => s.Key != Sort))
            Sort = "created";
        var accounts = Search(db.Accounts.AsNoTracking().Where(a => a.IsRegistered));
        var page = await AfterCursor(Ordered(accounts)).Take(PageSize + 1).ToListAsync(ct);
        HasAnyAccount = page.Count > 0 || await db.Accounts.AnyAsync(a => a.IsRegistered, ct);

        var shown = page.Take(PageSize).ToList();
        var ids = shown.Select(a => a.AccountId).ToList();
        var totals = await db.Purchases.TotalsForAsync(shown.Select(a => a.AccountId).ToList(), ct);
        Rows = shown.Select(a => new AccountRow(a,
                totals.Where(t => t.AccountId == a.AccountId && t.Livemode).Select(t => t.Text).ToList(),
                totals.Where(t => t.AccountId == a.AccountId && !t.Livemode).Sum(t => t.Count)))
            .ToList();
        NextAfter = page.Count > PageSize ? CursorOf(shown[^1]) : null;
    }

    public string SortUrl(string sort) => Url.Page("Index", new { q = Query, sort })!;

    public string NextUrl => Url.Page("Index", new { q = Query, sort = Sort, after = NextAfter })!;

    private IQueryable<AccountOverview> Search(IQueryable<AccountOverview> accounts)
    {
        var query = Query?.Trim();
        if (string.IsNullOrEmpty(query))
            return accounts;
        if (Guid.TryParse(query, out var id))
            return accounts.Where(a => a.AccountId == id);
        // No e-mail holds a control character, and PostgreSQL refuses a NUL in a text parameter.
        if (query.Any(char.IsControl))
            return accounts.Where(_ => false);
        var fragment = query.ToLowerInvariant();
        return accounts.Where(a => a.EmailKey.Contains(fragment));
    }

    private IQueryable<AccountOverview> Ordered(IQueryable<AccountOverview> accounts) => Sort switch
    {
        "email" => accounts.OrderBy(a => a.EmailKey),
        "balance" => accounts.OrderByDescending(a => a.Balance).ThenBy(a => a.EmailKey),
        // Never-seen accounts last, on every database (they sort NULLs differently).
        "last_seen" => accounts.OrderBy(a => a.LastSeenAt == null).ThenByDescending(a => a.LastSeenAt).ThenBy(a => a.EmailKey),
        _ => accounts.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.EmailKey),
    };

    private IQueryable<AccountOverview> AfterCursor(IQueryable<AccountOverview> accounts)
    {
        if (After?.Split('|', 2) is not [var value, var key])
            return accounts;
        switch (Sort)
        {
            case "email":
                return accounts.Where(a => string.Compare(a.EmailKey, key) > 0);
            case "balance" when long.TryParse(value, CultureInfo.InvariantCulture, out var balance):
                return accounts.Where(a => a.Balance < balance || (a.Balance == balance && string.Compare(a.EmailKey, key) > 0));
            case "last_seen" when value.Length == 0:
                return accounts.Where(a => a.LastSeenAt == null && string.Compare(a.EmailKey, key) > 0);
            case "last_seen" when long.TryParse(value, CultureInfo.InvariantCulture, out var ticks):
                var seen = new DateTimeOffset(ticks, TimeSpan.Zero);
                return accounts.Where(a => a.LastSeenAt == null || a.LastSeenAt < seen || (a.LastSeenAt == seen && string.Compare(a.EmailKey, key) > 0));
            case "created" when long.TryParse(value, CultureInfo.InvariantCulture, out var ticks):
                var created = new DateTimeOffset(ticks, TimeSpan.Zero);
                return accounts.Where(a => a.CreatedAt < created || (a.CreatedAt == created && string.Compare(a.EmailKey, key) > 0));
            default:
                return accounts; // a cursor from another sort order, or typed by hand: start from the top
        }
    }

    private string CursorOf(AccountOverview last)
    {
        var value = Sort switch
        {
            "email" => "",
            "balance" => last.Balance.ToString(CultureInfo.InvariantCulture),
            "last_seen" => last.LastSeenAt?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "",
            _ => last.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        };
        return $"{value}|{last.EmailKey}";
    }

    public sealed record AccountRow(AccountOverview Account, IReadOnlyList<string> LiveTotals, int TestPurchases);
}
