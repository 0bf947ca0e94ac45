using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>
/// The balance comes from the newest movement by its version (a late, older one does not overwrite it); every movement
/// is also kept as a ledger line for the account page.
/// </summary>
internal sealed class RecordBalanceOnCreditBalanceChanged(AdminDbContext db) : INotificationHandler<CreditBalanceChanged>
{
    public Task Handle(CreditBalanceChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordBalanceOnCreditBalanceChanged), async () =>
        {
            (await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct)).BalanceChanged(e);
            db.Ledger.Add(new LedgerLine
            {
                MessageId = e.MessageId, AccountId = e.AccountId, At = e.OccurredAt, Kind = e.Kind, Delta = e.Delta, Balance = e.Balance,
                TestDelta = e.TestDelta, TestMoney = e.TestMoney,
                Description = e.Description.Length <= 500 ? e.Description : e.Description[..500],
            });
        }, ct);
}
