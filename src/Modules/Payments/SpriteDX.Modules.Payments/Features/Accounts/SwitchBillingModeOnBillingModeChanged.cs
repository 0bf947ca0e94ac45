using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Accounts;

/// <summary>Test Billing Accounts buy with the Stripe test keys from their next checkout on; open purchases keep their mode.</summary>
internal sealed class SwitchBillingModeOnBillingModeChanged(PaymentsDbContext db) : INotificationHandler<BillingModeChanged>
{
    public Task Handle(BillingModeChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(SwitchBillingModeOnBillingModeChanged), async () =>
        {
            var account = await db.BillingAccounts.FindAsync([e.AccountId], ct);
            if (account is null)
                db.BillingAccounts.Add(account = new BillingAccount { AccountId = e.AccountId });
            else if (account.ModeChangedAt > e.OccurredAt)
                return; // a newer change already arrived; notifications may come out of order

            account.Mode = e.IsTestBillingAccount ? BillingMode.Test : BillingMode.Live;
            account.ModeChangedAt = e.OccurredAt;
        }, ct);
}
