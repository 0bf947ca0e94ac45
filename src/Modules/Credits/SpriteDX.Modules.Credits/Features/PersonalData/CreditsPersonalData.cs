using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.PersonalData;

/// <summary>Credits' part of "Download my data": the balance as Usage and Billing shows it, and every ledger line.</summary>
internal sealed class CreditsPersonalData(CreditsDbContext db) : IPersonalDataSource
{
    public string Folder => "credits";

    public IReadOnlyList<PersonalDataFile> Files { get; } =
    [
        new("balance.json", "Your credit balance, how much of it is test credits (bought in Stripe's test mode), credits held for refunds you asked for, credits owed after a refund or dispute, and the low-balance alert you set (null when off)."),
        new("ledger.json", "Every credit movement, oldest first: kind, credits added (+) or taken (-), the balance after it, its reason, what caused it (a purchase, a generation, ...), live or test, and when."),
    ];

    public async Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        var held = await db.RefundHolds.AsNoTracking()
            .Where(h => h.AccountId == accountId && h.Status == RefundHoldStatus.Held).SumAsync(h => (long)h.Credits, ct);
        var alertBelow = await db.LowBalanceAlerts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (long?)a.Threshold).SingleOrDefaultAsync(ct);
        await archive.AddJsonAsync("balance.json", new BalanceFile(
            account?.Balance ?? 0, account?.LiveBalance ?? 0, account?.TestBalance ?? 0, held, account?.Owed ?? 0, alertBelow), ct);

        var ledger = await db.Ledger.AsNoTracking().Where(e => e.AccountId == accountId).OrderBy(e => e.Id).ToListAsync(ct);
        await archive.AddJsonAsync("ledger.json", ledger.Select(e => new LedgerLine(
            e.Id, e.At, e.Kind.Code(), e.Kind.Label(), e.Amount, e.TestAmount, e.BalanceAfter, e.OwedChange,
            e.Mode.ToString().ToLowerInvariant(), e.Description, e.SourceType, e.SourceId)).ToList(), ct);
    }

    /// <param name="Balance">Spendable credits, test credits included.</param>
    /// <param name="LowBalanceAlertBelow">The low-balance alert's threshold, null when no alert is set.</param>
    private sealed record BalanceFile(long Balance, long LiveCredits, long TestCredits, long HeldForRefunds, long Owed, long? LowBalanceAlertBelow);

    /// <param name="Amount">Credits added (positive) or taken (negative); a "spend_captured" line confirms a spend and moves none.</param>
    /// <param name="TestAmount">The part of <paramref name="Amount"/> that moved test credits.</param>
    /// <param name="Source">What caused it ("purchase", "generation", ...), with <paramref name="SourceId"/> its id there.</param>
    private sealed record LedgerLine(
        long Id, DateTimeOffset At, string Kind, string Label, long Amount, long TestAmount, long BalanceAfter, long OwedChange,
        string Mode, string Description, string Source, string SourceId);
}
