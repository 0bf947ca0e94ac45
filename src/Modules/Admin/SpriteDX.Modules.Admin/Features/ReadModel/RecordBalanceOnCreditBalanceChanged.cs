using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
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
            var account = await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct);
            if (db.Entry(account).State == EntityState.Added)
                account.BalanceChanged(e);
            else
                // Not through the row read above: another host may commit a newer balance after that read (seed 412 --postgres).
                await db.Accounts.Where(a => a.AccountId == e.AccountId).SupersededBy(e.BalanceVersion, e.OccurredAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, e.Balance).SetProperty(a => a.Owed, e.Owed).SetProperty(a => a.TestBalance, e.TestBalance)
                        .SetProperty(a => a.BalanceAt, e.OccurredAt).SetProperty(a => a.BalanceVersion, e.BalanceVersion), ct);
            db.Ledger.Add(new LedgerLine
            {
                MessageId = e.MessageId, AccountId = e.AccountId, At = e.OccurredAt, Kind = e.Kind, Delta = e.Delta, Balance = e.Balance,
                TestDelta = e.TestDelta, TestMoney = e.TestMoney,
                Description = e.Description.Length <= 500 ? e.Description : e.Description[..500],
            });
        }, ct);
}
