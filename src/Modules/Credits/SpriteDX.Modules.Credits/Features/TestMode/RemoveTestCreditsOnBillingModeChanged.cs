using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.TestMode;

/// <summary>
/// Credits follows the account's billing mode: test purchases add test credits only while it is a Test Billing Account,
/// and when it stops being one, the test credits left are removed with one ledger line, keyed by the mode change so a
/// redelivery removes nothing twice. The mode is set first, so no test credit can arrive after the removal read the balance.
/// </summary>
internal sealed class RemoveTestCreditsOnBillingModeChanged(CreditsDbContext db, CreditLedger ledger) : INotificationHandler<BillingModeChanged>
{
    public Task Handle(BillingModeChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RemoveTestCreditsOnBillingModeChanged), async () =>
        {
            await ledger.OpenAccountAsync(e.AccountId, ct);
            var changed = await db.Accounts
                .Where(a => a.AccountId == e.AccountId && (a.TestModeChangedAt == null || a.TestModeChangedAt <= e.OccurredAt))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.TestMode, e.IsTestBillingAccount).SetProperty(a => a.TestModeChangedAt, e.OccurredAt), ct);
            if (changed == 0 || e.IsTestBillingAccount)
                return; // a newer change already arrived (notifications may come out of order), or nothing to remove

            var test = await db.Accounts.AsNoTracking().Where(a => a.AccountId == e.AccountId).Select(a => a.TestBalance).SingleAsync(ct);
            if (test > 0)
            {
                await ledger.MoveAsync(new CreditMovement(e.AccountId, LedgerKind.TestCreditsRemoved, -test, "billing_mode", e.MessageId.ToString(),
                    "Test credits removed: the account left test mode", DebitRule.TakeAvailableAndOweTheRest, CreditPool.Test), ct);
            }
        }, ct);
}
