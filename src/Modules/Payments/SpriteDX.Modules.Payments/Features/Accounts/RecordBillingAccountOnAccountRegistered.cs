using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Accounts;

/// <summary>Keeps the account's email for Stripe's receipts; the account starts in live mode.</summary>
internal sealed class RecordBillingAccountOnAccountRegistered(PaymentsDbContext db) : INotificationHandler<AccountRegistered>
{
    public Task Handle(AccountRegistered e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordBillingAccountOnAccountRegistered), async () =>
        {
            var account = await db.BillingAccounts.FindAsync([e.AccountId], ct);
            if (account is null)
                db.BillingAccounts.Add(new BillingAccount { AccountId = e.AccountId, Email = e.Email, Mode = BillingMode.Live });
            else
                account.Email = e.Email; // a BillingModeChanged got here first
        }, ct);
}
