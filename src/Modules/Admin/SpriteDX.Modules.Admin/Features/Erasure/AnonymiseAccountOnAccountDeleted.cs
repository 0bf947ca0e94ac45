using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Admin.Data;

namespace SpriteDX.Modules.Admin.Features.Erasure;

/// <summary>
/// The overview keeps the deleted account's numbers (balance, purchases) for the books, under a name that says what
/// happened instead of the address; an admin's free-text reasons on its ledger lines go too.
/// </summary>
internal sealed class AnonymiseAccountOnAccountDeleted(AdminDbContext db) : INotificationHandler<AccountDeleted>
{
    private static readonly string[] AdjustmentKinds = ["admin_grant", "admin_debit"];

    public Task Handle(AccountDeleted e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(AnonymiseAccountOnAccountDeleted), async () =>
        {
            var account = await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct);
            account.Erase(e.OccurredAt);
            await db.Ledger.Where(l => l.AccountId == e.AccountId && AdjustmentKinds.Contains(l.Kind))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.Description, "Admin adjustment"), ct);
        }, ct);
}
