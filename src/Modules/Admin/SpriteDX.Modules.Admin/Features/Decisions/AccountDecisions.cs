using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Features.Decisions;

internal abstract record DecisionOutcome
{
    public sealed record Done : DecisionOutcome;

    /// <summary>Nothing to do: the flag already has that value, or the same form was already submitted.</summary>
    public sealed record AlreadyDone : DecisionOutcome;

    public sealed record UnknownAccount : DecisionOutcome;

    public sealed record Refused(string Why) : DecisionOutcome;
}

/// <summary>
/// An admin's decisions about an account. Each one is saved with its audit entry and the notification
/// that makes the owning module act, in one transaction: none of the three exists without the others.
/// </summary>
internal sealed class AccountDecisions(AdminDbContext db, TimeProvider clock)
{
    public const int MaxReasonLength = 200;
    public const long MaxCreditAdjustment = 1_000_000;

    public async Task<DecisionOutcome> ChangeFlagAsync(AdminActor admin, Guid accountId, AccountFlag flag, bool on, string reason, CancellationToken ct)
    {
        if (!await db.Accounts.AnyAsync(a => a.AccountId == accountId && a.IsRegistered, ct))
            return new DecisionOutcome.UnknownAccount();
        if (flag == AccountFlag.Suspended && on && accountId == admin.Id)
            return new DecisionOutcome.Refused("You cannot suspend your own account.");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One conditional UPDATE: a double submit changes nothing the second time, and two admins
        // removing each other's Admin flag at once cannot leave SpriteDX without an admin.
        var changed = await Candidates(flag, on).Where(a => a.AccountId == accountId)
            .ExecuteUpdateAsync(set =>
            {
                switch (flag)
                {
                    case AccountFlag.TestBilling:
                        set.SetProperty(a => a.IsTestBillingAccount, on).SetProperty(a => a.BillingModeChangedAt, now);
                        break;
                    case AccountFlag.EarlyAccess:
                        set.SetProperty(a => a.HasEarlyAccess, on);
                        break;
                    case AccountFlag.Suspended:
                        set.SetProperty(a => a.IsSuspended, on);
                        break;
                    case AccountFlag.Admin:
                        set.SetProperty(a => a.IsAdmin, on);
                        break;
                }
            }, ct);
        if (changed == 0)
        {
            var isAdmin = await db.Accounts.Where(a => a.AccountId == accountId).Select(a => a.IsAdmin).SingleAsync(ct);
            return flag == AccountFlag.Admin && !on && isAdmin
                ? new DecisionOutcome.Refused("This is the last admin account. Make another account an admin first.")
                : new DecisionOutcome.AlreadyDone();
        }

        db.Audit.Add(new AuditEntry
        {
            At = now, AdminId = admin.Id, AdminEmail = admin.Email, AccountId = accountId, Reason = reason,
            Action = $"flag.{flag.Code()}.{(on ? "on" : "off")}",
            Details = $"{flag.Label()} turned {(on ? "on" : "off")}",
        });
        db.Outbox.Add(flag == AccountFlag.TestBilling
            ? new BillingModeChanged(Guid.NewGuid(), now, accountId, on, admin.Id, admin.Email)
            : new AccountAccessChanged(Guid.NewGuid(), now, accountId, flag.Code(), on, reason, admin.Id, admin.Email));
        await db.CommitAndPublishAsync(transaction, ct);
        return new DecisionOutcome.Done();
    }

    /// <summary>
    /// Grants (positive) or debits (negative) credits; <paramref name="adjustmentId"/> comes from the form,
    /// so submitting the same form twice adjusts once.
    /// </summary>
    public async Task<DecisionOutcome> AdjustCreditsAsync(AdminActor admin, Guid accountId, long amount, string reason, Guid adjustmentId, CancellationToken ct)
    {
        if (amount == 0 || Math.Abs(amount) > MaxCreditAdjustment)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Validate the amount before adjusting.");
        if (!await db.Accounts.AnyAsync(a => a.AccountId == accountId && a.IsRegistered, ct))
            return new DecisionOutcome.UnknownAccount();
        if (await db.Audit.AnyAsync(e => e.DecisionKey == adjustmentId, ct))
            return new DecisionOutcome.AlreadyDone();

        var now = clock.GetUtcNow();
        var credits = Math.Abs(amount).ToString("N0", CultureInfo.InvariantCulture);
        db.Audit.Add(new AuditEntry
        {
            At = now, AdminId = admin.Id, AdminEmail = admin.Email, AccountId = accountId, Reason = reason, DecisionKey = adjustmentId,
            Action = amount > 0 ? "credits.grant" : "credits.debit",
            Details = amount > 0 ? $"Granted {credits} credits" : $"Debited {credits} credits",
        });
        db.Outbox.Add(new CreditsAdjustedByAdmin(Guid.NewGuid(), now, adjustmentId, accountId, amount, reason, admin.Id, admin.Email));
        try
        {
            await db.SaveAndPublishAsync(ct);
            return new DecisionOutcome.Done();
        }
        catch (DbUpdateException)
        {
            // The same form, submitted twice at the same moment: the unique key let one in.
            db.ChangeTracker.Clear();
            if (await db.Audit.AnyAsync(e => e.DecisionKey == adjustmentId, ct))
                return new DecisionOutcome.AlreadyDone();
            throw;
        }
    }

    private IQueryable<AccountOverview> Candidates(AccountFlag flag, bool on) => flag switch
    {
        AccountFlag.TestBilling => db.Accounts.Where(a => a.IsTestBillingAccount != on),
        AccountFlag.EarlyAccess => db.Accounts.Where(a => a.HasEarlyAccess != on),
        AccountFlag.Suspended => db.Accounts.Where(a => a.IsSuspended != on),
        AccountFlag.Admin when on => db.Accounts.Where(a => !a.IsAdmin),
        AccountFlag.Admin => db.Accounts.Where(a => a.IsAdmin && db.Accounts.Count(other => other.IsAdmin) > 1),
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, null),
    };
}
