using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Admin.Features.Decisions;
using SpriteDX.Modules.Admin.Features.ReadModel;

namespace SpriteDX.Modules.Admin.Pages.Accounts;

/// <summary>
/// One account as Admin's read model knows it, and the admin's decisions about it: flags (each with a
/// reason and a confirmation) and credit adjustments (with a reason, counted once per form).
/// </summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class DetailsModel(AdminDbContext db, AccountDecisions decisions) : PageModel
{
    public const int RecentRows = 20;

    public AccountOverview Account { get; private set; } = null!;

    /// <summary>What the account paid in live mode, net of refunds: the revenue.</summary>
    public IReadOnlyList<string> LiveTotals { get; private set; } = [];

    /// <summary>What it paid in Stripe's test environment: shown apart, never revenue.</summary>
    public IReadOnlyList<PurchaseTotal> TestTotals { get; private set; } = [];

    public IReadOnlyList<LedgerLine> Ledger { get; private set; } = [];

    public IReadOnlyList<GenerationLine> Generations { get; private set; } = [];

    public IReadOnlyList<PurchaseLine> Purchases { get; private set; } = [];

    public IReadOnlyList<AuditEntry> AuditEntries { get; private set; } = [];

    /// <summary>Travels with the credits form and becomes the AdjustmentId: a form submitted twice adjusts once.</summary>
    public Guid AdjustmentKey { get; private set; }

    /// <summary>The flag form that was posted with errors, so its errors show beside it.</summary>
    public string? PostedFlag { get; private set; }

    public string FlagReason { get; private set; } = "";

    public string CreditsAmount { get; private set; } = "";

    public string CreditsReason { get; private set; } = "";

    /// <summary>A valid adjustment shown back to the admin, to the exact credit, before anything moves.</summary>
    public PendingAdjustment? Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        AdjustmentKey = Guid.NewGuid();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostFlagAsync(Guid id, string? flag, bool on, string? reason, bool confirm, CancellationToken ct)
    {
        (PostedFlag, FlagReason) = (flag, reason ?? "");
        var parsed = AccountFlags.FromCode(flag);
        if (parsed is null)
            ModelState.AddModelError("flag", "That flag does not exist.");
        if (DecisionInput.ReasonError(reason) is { } reasonError)
            ModelState.AddModelError("flag.reason", reasonError);
        if (!confirm)
            ModelState.AddModelError("flag.confirm", "Tick the box to confirm the change.");
        if (!ModelState.IsValid || parsed is null)
            return await RedisplayAsync(id, Guid.NewGuid(), ct);

        var label = parsed.Value.Label();
        switch (await decisions.ChangeFlagAsync(User.Actor(), id, parsed.Value, on, reason!.Trim(), ct))
        {
            case DecisionOutcome.Done:
                TempData.Toast($"{label} turned {(on ? "on" : "off")}. It applies from the account's next request.");
                return RedirectToPage(new { id });
            case DecisionOutcome.AlreadyDone:
                TempData.Toast($"{label} was already {(on ? "on" : "off")}; nothing changed.", ToastKind.Info);
                return RedirectToPage(new { id });
            case DecisionOutcome.Refused(var why):
                ModelState.AddModelError("flag", why);
                return await RedisplayAsync(id, Guid.NewGuid(), ct);
            default:
                return NotFound();
        }
    }

    /// <summary>
    /// Two steps: the first post only checks the input and shows the amount as it was read; the second, from the
    /// confirmation's own button, applies it. A typo in a sum of money is seen before it moves anything.
    /// </summary>
    public async Task<IActionResult> OnPostCreditsAsync(
        Guid id, string? amount, string? reason, Guid adjustmentKey, bool confirmed, CancellationToken ct)
    {
        (CreditsAmount, CreditsReason) = (amount ?? "", reason ?? "");
        var (credits, amountError) = DecisionInput.ParseCredits(amount);
        if (amountError is not null)
            ModelState.AddModelError("credits.amount", amountError);
        if (DecisionInput.ReasonError(reason) is { } reasonError)
            ModelState.AddModelError("credits.reason", reasonError);
        if (adjustmentKey == Guid.Empty)
            ModelState.AddModelError("credits", "This form is out of date. Reload the page and try again.");
        if (!ModelState.IsValid)
            return await RedisplayAsync(id, adjustmentKey == Guid.Empty ? Guid.NewGuid() : adjustmentKey, ct);
        if (!confirmed)
        {
            Pending = new PendingAdjustment(credits, reason!.Trim());
            return await RedisplayAsync(id, adjustmentKey, ct);
        }

        switch (await decisions.AdjustCreditsAsync(User.Actor(), id, credits, reason!.Trim(), adjustmentKey, ct))
        {
            case DecisionOutcome.Done:
                TempData.Toast(credits > 0 ? $"Granted {credits:N0} credits." : $"Debited {-credits:N0} credits (never below zero).");
                return RedirectToPage(new { id });
            case DecisionOutcome.AlreadyDone:
                TempData.Toast("That adjustment was already made; it was not applied twice.", ToastKind.Info);
                return RedirectToPage(new { id });
            default:
                return NotFound();
        }
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> RedisplayAsync(Guid id, Guid adjustmentKey, CancellationToken ct)
    {
        AdjustmentKey = adjustmentKey;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == id && a.IsRegistered, ct);
        if (account is null)
            return false;
        Account = account;
        Ledger = await db.Ledger.AsNoTracking().Where(l => l.AccountId == id).OrderByDescending(l => l.At).ThenByDescending(l => l.Id)
            .Take(RecentRows).ToListAsync(ct);
        Generations = await db.Generations.AsNoTracking().Where(g => g.AccountId == id).OrderByDescending(g => g.At).Take(RecentRows).ToListAsync(ct);
        Purchases = await db.Purchases.AsNoTracking().Where(p => p.AccountId == id).OrderByDescending(p => p.CompletedAt).Take(RecentRows).ToListAsync(ct);
        AuditEntries = await db.Audit.AsNoTracking().Where(e => e.AccountId == id).OrderByDescending(e => e.Id).Take(RecentRows).ToListAsync(ct);
        var totals = await db.Purchases.TotalsForAsync([id], ct);
        LiveTotals = totals.Where(t => t.Livemode).Select(t => t.Text).ToList();
        TestTotals = totals.Where(t => !t.Livemode).ToList();
        return true;
    }
}

/// <summary>An adjustment waiting for the admin's confirmation; the balance it leads to is shown beside it.</summary>
internal sealed record PendingAdjustment(long Credits, string Reason)
{
    public bool IsGrant => Credits > 0;

    /// <summary>A debit never takes the balance below zero, so the page shows what would really be taken.</summary>
    public long BalanceAfter(long balance) => Math.Max(0, balance + Credits);
}
