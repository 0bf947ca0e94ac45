using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments.Features.Accounts;

/// <summary>Keeps the account's email for Checkout and Payments' own e-mails; the account starts in live mode.</summary>
internal sealed class RecordBillingAccountOnAccountRegistered(PaymentsDbContext db) : INotificationHandler<AccountRegistered>
{
    public Task Handle(AccountRegistered e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordBillingAccountOnAccountRegistered), () => BillingAccountEmail.RecordAsync(db, e.AccountId, e.Email, e.OccurredAt, ct), ct);
}
