using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments.Features.Accounts;

/// <summary>
/// Keeps the account's balance as Credits announces it, so a receipt can say at once whether a purchase's credits
/// are still unspent. Only a hint for the page: Credits' hold decides. The newest announcement wins, whatever order
/// they arrive in, so no inbox row is needed.
/// </summary>
internal sealed class RecordBalanceOnCreditBalanceChanged(PaymentsDbContext db) : INotificationHandler<CreditBalanceChanged>
{
    public Task Handle(CreditBalanceChanged e, CancellationToken ct) =>
        db.BillingAccounts.Where(a => a.AccountId == e.AccountId).SupersededBy(e.BalanceVersion, e.OccurredAt)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, e.Balance).SetProperty(a => a.TestBalance, e.TestBalance)
                .SetProperty(a => a.BalanceAt, e.OccurredAt).SetProperty(a => a.BalanceVersion, e.BalanceVersion), ct);
}
