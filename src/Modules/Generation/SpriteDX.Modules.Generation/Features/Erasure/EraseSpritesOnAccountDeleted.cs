using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation.Features.Erasure;

/// <summary>
/// A deleted account's sprites and words go; its generation rows stay as bare id, cost, status and dates, because
/// Credits' ledger entries name them as their source.
/// </summary>
internal sealed class EraseSpritesOnAccountDeleted(GenerationDbContext db, ISpriteStore sprites) : INotificationHandler<AccountDeleted>
{
    public async Task Handle(AccountDeleted e, CancellationToken ct)
    {
        // Before the transaction: the database store writes through its own connection, and erasing twice is harmless.
        await sprites.DeleteAllAsync(e.AccountId, ct);
        await db.HandleOnceAsync(e.MessageId, nameof(EraseSpritesOnAccountDeleted), () =>
            db.Generations.Where(g => g.AccountId == e.AccountId).ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Prompt, "")
                .SetProperty(g => g.Subject, (string?)null)
                .SetProperty(g => g.Description, (string?)null)
                .SetProperty(g => g.Error, (string?)null)
                .SetProperty(g => g.IdempotencyKey, (string?)null), ct), ct);
    }
}
