using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments.Features.Accounts;

/// <summary>Receipts and Checkout follow the address the account confirmed; an older announcement arriving late changes nothing.</summary>
internal sealed class RecordEmailOnAccountEmailChanged(PaymentsDbContext db) : INotificationHandler<AccountEmailChanged>
{
    public Task Handle(AccountEmailChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordEmailOnAccountEmailChanged), () => BillingAccountEmail.RecordAsync(db, e.AccountId, e.Email, e.OccurredAt, ct), ct);
}
