using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.LowBalance;

/// <summary>
/// The low-balance alert of an account: set, turned off, watched after every balance change, and its in-app notice
/// claimed once per crossing. Every decision is made against the balance as stored, not as a notification says it
/// was: notifications can arrive late and out of order, and a late "30 left" must not fire after a purchase made it 530.
/// </summary>
internal sealed class LowBalanceAlerts(CreditsDbContext db, TimeProvider clock)
{
    public Task<LowBalanceAlert?> FindAsync(Guid accountId, CancellationToken ct) =>
        db.LowBalanceAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);

    /// <summary>
    /// Sets (or changes) the threshold. The alert starts armed only when the balance is at or above it: a person who sets
    /// it while already under it knows, and is told the next time the balance falls below it after climbing back.
    /// </summary>
    /// <returns>Whether the balance is already under the new threshold.</returns>
    public async Task<bool> SetAsync(Guid accountId, long threshold, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, LowBalanceAlert.MaxThreshold);
        var balance = await db.Accounts.Where(a => a.AccountId == accountId).Select(a => (long?)a.Balance).SingleOrDefaultAsync(ct) ?? 0;
        var alert = await db.LowBalanceAlerts.SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        if (alert is null)
            db.LowBalanceAlerts.Add(alert = new LowBalanceAlert { AccountId = accountId });
        alert.Threshold = threshold;
        alert.Armed = balance >= threshold;
        alert.SetAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(alert).State == EntityState.Added)
        {
            // The same person saved twice at once (two tabs): the other save created the row; this one changes it.
            db.ChangeTracker.Clear();
            return await SetAsync(accountId, threshold, ct);
        }

        return !alert.Armed;
    }

    public Task TurnOffAsync(Guid accountId, CancellationToken ct) =>
        db.LowBalanceAlerts.Where(a => a.AccountId == accountId).ExecuteDeleteAsync(ct);

    /// <summary>
    /// After balance changes (<see cref="LowBalanceWatchQueue"/>): arms again each alert whose balance climbed back to its
    /// threshold since it last fired (or was set), as stored or as a change announced since says, then fires each armed
    /// alert whose stored balance is under its threshold. The announcements matter because changes are checked in
    /// batches: a purchase back over the threshold and a spend back under it, checked together, are a new crossing the
    /// stored balance alone does not show. One query reads the alerts; each change is then a conditional UPDATE, so a
    /// check racing another (two hosts, the page's own check) changes an alert once.
    /// </summary>
    public async Task WatchAsync(IReadOnlyCollection<Guid> accountIds, IReadOnlyCollection<AnnouncedBalance> announced, CancellationToken ct)
    {
        var alerts = await db.LowBalanceAlerts.AsNoTracking()
            .Where(a => accountIds.Contains(a.AccountId))
            .Select(a => new { a.AccountId, a.Threshold, a.Armed, a.SetAt, a.CrossedAt, Balance = db.Accounts.Where(c => c.AccountId == a.AccountId).Select(c => c.Balance).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var alert in alerts)
        {
            if (!alert.Armed)
            {
                var since = alert.CrossedAt ?? alert.SetAt;
                var climbedBack = alert.Balance >= alert.Threshold
                                  || announced.Any(c => c.AccountId == alert.AccountId && c.At > since && c.Balance >= alert.Threshold);
                // Armed only if nobody fired, re-armed or re-set it since it was read: their decision stands.
                if (!climbedBack || await db.LowBalanceAlerts
                        .Where(a => a.AccountId == alert.AccountId && !a.Armed && a.CrossedAt == alert.CrossedAt && a.SetAt == alert.SetAt)
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.Armed, true), ct) == 0)
                    continue;
            }

            if (alert.Balance < alert.Threshold)
                await FireAsync(alert.AccountId, ct);
        }
    }

    /// <summary>
    /// Disarms the alert with a conditional UPDATE, so of many generations crossing at once (or two hosts handling them)
    /// exactly one fires it, and announces the crossing in the same transaction.
    /// </summary>
    private async Task FireAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var fired = await db.LowBalanceAlerts
            .Where(a => a.AccountId == accountId && a.Armed && db.Accounts.Any(c => c.AccountId == accountId && c.Balance < a.Threshold))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Armed, false).SetProperty(a => a.CrossedAt, now), ct);
        if (fired == 0)
            return;
        var crossing = await db.LowBalanceAlerts.AsNoTracking()
            .Where(a => a.AccountId == accountId)
            .Select(a => new { a.Threshold, Balance = db.Accounts.Where(c => c.AccountId == accountId).Select(c => c.Balance).Single() })
            .SingleAsync(ct);
        db.Outbox.Add(new LowBalanceCrossed(Guid.NewGuid(), now, accountId, crossing.Balance, crossing.Threshold));
        await db.CommitAndPublishAsync(transaction, ct);
    }

    /// <summary>
    /// The notice of the latest crossing, the first time it is asked for while the balance is still under the threshold.
    /// The account is checked first: the page asking may be quicker than the background check of the spend it just made.
    /// </summary>
    public async Task<LowBalanceNotice?> TakeNoticeAsync(Guid accountId, CancellationToken ct)
    {
        await WatchAsync([accountId], [], ct);
        var claimed = await db.LowBalanceAlerts
            .Where(a => a.AccountId == accountId && !a.Armed && a.CrossedAt != null && (a.NoticeShownAt == null || a.NoticeShownAt < a.CrossedAt))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.NoticeShownAt, a => a.CrossedAt), ct);
        if (claimed == 0)
            return null;
        return await db.LowBalanceAlerts.AsNoTracking()
            .Where(a => a.AccountId == accountId)
            .Select(a => new LowBalanceNotice(a.Threshold, db.Accounts.Where(c => c.AccountId == accountId).Select(c => c.Balance).SingleOrDefault()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>A threshold as typed: digits only, from 1 to <see cref="LowBalanceAlert.MaxThreshold"/>.</summary>
    public static (long Threshold, string? Error) ParseThreshold(string? text)
    {
        var typed = WholeNumberInput.Read(text, 1, LowBalanceAlert.MaxThreshold);
        return typed.Problem switch
        {
            WholeNumberProblem.None => (typed.Value, null),
            WholeNumberProblem.Empty => (0, "Enter the number of credits to be alerted below, like 50."),
            WholeNumberProblem.Separators => (0, WholeNumberInput.SeparatorsMessage("credits")),
            WholeNumberProblem.NotAWholeNumber => (0, "Enter a whole number of credits, like 50."),
            WholeNumberProblem.TooSmall when typed.Value == 0 => (0, "The alert level is a number of credits of 1 or more; to stop the alerts, turn them off."),
            WholeNumberProblem.TooSmall => (0, "The alert level is a number of credits of 1 or more."),
            _ => (0, $"The alert level can be at most {LowBalanceAlert.MaxThreshold:N0} credits."),
        };
    }
}

/// <summary>What the in-app notice says: the balance is under the threshold the person set.</summary>
internal sealed record LowBalanceNotice(long Threshold, long Balance);
