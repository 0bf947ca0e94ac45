using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.LowBalance;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Credits.Pages.Billing;

/// <summary>Usage and Billing: the balance, spending over 30 days, the ledger, then the sections other modules add (purchases).</summary>
[Authorize]
internal sealed class IndexModel(CreditsDbContext db, LowBalanceAlerts alerts, IOptions<CreditsOptions> options, TimeProvider clock) : PageModel
{
    private const int ChartDays = 30;
    private const string SpendSource = Features.Spend.SingleCommandReservation.SourceType;

    public long Balance { get; private set; }

    public long Owed { get; private set; }

    /// <summary>The test credits the balance includes (bought in Stripe's test environment).</summary>
    public long TestBalance { get; private set; }

    /// <summary>Credits held for refunds the buyer asked for: out of the balance until Stripe answers.</summary>
    public long Held { get; private set; }

    public IReadOnlyList<LedgerRow> Entries { get; private set; } = [];

    public long? OlderThan { get; private set; }

    public bool IsFirstPage { get; private set; }

    public IReadOnlyList<DaySpend> Spending { get; private set; } = [];

    /// <summary>The API keys that have spent credits on this account, for the history's filter; empty hides it.</summary>
    public IReadOnlyList<KeyOption> Keys { get; private set; } = [];

    /// <summary>The key whose spending the history shows, or null for every movement.</summary>
    public Guid? Key { get; private set; }

    /// <summary>The low-balance alert, or null when none is set.</summary>
    public LowBalanceAlert? Alert { get; private set; }

    /// <summary>What the alert form shows: the threshold as typed when it was refused, else the one set.</summary>
    public string? ThresholdInput { get; private set; }

    public string? ThresholdError { get; private set; }

    public async Task OnGetAsync(long? before, Guid? key, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        (Balance, Owed, TestBalance) = (account?.Balance ?? 0, account?.Owed ?? 0, account?.TestBalance ?? 0);
        Held = await db.RefundHolds.AsNoTracking().Where(h => h.AccountId == accountId && h.Status == RefundHoldStatus.Held).SumAsync(h => (long)h.Credits, ct);
        IsFirstPage = before is null;
        Key = key;
        Keys = await db.ApiKeySpends.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .GroupBy(s => s.ApiKeyId)
            .Select(g => new KeyOption(g.Key, g.Max(s => s.ApiKeyName)!))
            .ToListAsync(ct);

        // Keyset paging: the index on (AccountId, Id desc) finds the page without scanning older rows.
        // A capture moves no credits (the reservation already did), so people are not shown it twice.
        var pageSize = options.Value.LedgerPageSize;
        var page = await db.Ledger.AsNoTracking()
            .Where(e => e.AccountId == accountId && (before == null || e.Id < before) && e.Kind != LedgerKind.GenerationCapture)
            .Where(e => key == null || db.ApiKeySpends.Any(s => s.SourceId == e.SourceId && s.ApiKeyId == key && s.AccountId == accountId && e.SourceType == SpendSource))
            .OrderByDescending(e => e.Id)
            .Take(pageSize + 1)
            .Select(e => new LedgerRow(e.Id, e.At, e.Kind, e.Amount, e.TestAmount, e.Mode, e.BalanceAfter, e.Description, e.SourceType, e.SourceId))
            .ToListAsync(ct);
        Entries = page.Take(pageSize).ToList();
        OlderThan = page.Count > pageSize ? Entries[^1].Id : null;

        Spending = await SpendingAsync(accountId, ct);
        Alert = await alerts.FindAsync(accountId, ct);
        ThresholdInput ??= Alert?.Threshold.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostLowBalanceAlertAsync(string? threshold, CancellationToken ct)
    {
        var (level, error) = LowBalanceAlerts.ParseThreshold(threshold);
        if (error is not null)
        {
            (ThresholdInput, ThresholdError) = (threshold ?? "", error);
            await OnGetAsync(null, null, ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var alreadyBelow = await alerts.SetAsync(User.AccountId(), level, ct);
        TempData.Toast(alreadyBelow
            ? $"Alert set. Your balance is already under {level:N0} credits: we will tell you the next time it falls below it."
            : $"Alert set: we will tell you when your balance falls below {level:N0} credits.");
        return Redirect($"{CreditsLinks.Billing}#{AlertSectionId}");
    }

    public async Task<IActionResult> OnPostTurnOffLowBalanceAlertAsync(CancellationToken ct)
    {
        await alerts.TurnOffAsync(User.AccountId(), ct);
        TempData.Toast("Low-balance alerts are off.", ToastKind.Info);
        return Redirect($"{CreditsLinks.Billing}#{AlertSectionId}");
    }

    /// <summary>
    /// The page's script asks for the notice when it sees the balance fall below an armed alert's threshold (after a
    /// generation, without a page load); 204 when there is none to show, or it was shown already.
    /// </summary>
    public async Task<IActionResult> OnPostLowBalanceNoticeAsync(CancellationToken ct) =>
        await alerts.TakeNoticeAsync(User.AccountId(), ct) is { } notice ? new JsonResult(new { notice.Threshold, notice.Balance }) : new NoContentResult();

    public const string AlertSectionId = "low-balance-alert";

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

    public sealed record LedgerRow(
        long Id, DateTimeOffset At, LedgerKind Kind, long Amount, long TestAmount, CreditMode Mode, long BalanceAfter, string Description, string SourceType, string SourceId)
    {
        /// <summary>A line that moved both kinds of credits (a spend in test mode) says how much of each.</summary>
        public bool IsSplit => TestAmount != 0 && TestAmount != Amount;

        /// <summary>A purchase's entry links to its receipt, a page Payments owns.</summary>
        public string? ReceiptUrl => SourceType == "purchase" && Guid.TryParse(SourceId, out var purchaseId) ? PaymentsLinks.Receipt(purchaseId) : null;
    }

    public sealed record DaySpend(DateOnly Day, long Credits);

    public sealed record KeyOption(Guid Id, string Name);
}
