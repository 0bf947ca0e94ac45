using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Pages.Audit;

/// <summary>Every admin action, newest first, keyset-paged by entry id; optionally one account's only.</summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class IndexModel(AdminDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public string? AccountEmail { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AccountEmails { get; private set; } = new Dictionary<Guid, string>();

    public long? OlderThan { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Account is { } filter)
            AccountEmail = await db.Accounts.Where(a => a.AccountId == filter).Select(a => a.Email).SingleOrDefaultAsync(ct);

        var page = await db.Audit.AsNoTracking()
            .Where(e => (Account == null || e.AccountId == Account) && (Before == null || e.Id < Before))
            .OrderByDescending(e => e.Id)
            .Take(PageSize + 1)
            .ToListAsync(ct);
        Entries = page.Take(PageSize).ToList();
        OlderThan = page.Count > PageSize ? Entries[^1].Id : null;

        var ids = Entries.Where(e => e.AccountId != null).Select(e => e.AccountId!.Value).Distinct().ToList();
        AccountEmails = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.AccountId)).ToDictionaryAsync(a => a.AccountId, a => a.Email, ct);
    }
}
