using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Erasure;

/// <summary>
/// The ledger is the books: a deleted account's amounts and balance stay under its bare id. Only an admin's free-text
/// reason can quote the person, so it becomes the kind's plain label; every other description is fixed wording. The
/// person's low-balance alert goes: nobody is left to tell.
/// </summary>
internal sealed class ScrubLedgerOnAccountDeleted(CreditsDbContext db) : INotificationHandler<AccountDeleted>
{
    public Task Handle(AccountDeleted e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ScrubLedgerOnAccountDeleted), async () =>
        {
            foreach (var kind in (LedgerKind[])[LedgerKind.AdminGrant, LedgerKind.AdminDebit])
                await db.Ledger.Where(l => l.AccountId == e.AccountId && l.Kind == kind)
                    .ExecuteUpdateAsync(set => set.SetProperty(l => l.Description, kind.Label()), ct);
            await db.LowBalanceAlerts.Where(a => a.AccountId == e.AccountId).ExecuteDeleteAsync(ct);
        }, ct);
}
