using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation.Features.Erasure;

/// <summary>
/// A deleted account's sprites and words go; its generation rows stay as bare id, cost, status and dates, because
/// Credits' ledger entries name them as their source. The rows are marked erased before the sheets are deleted: a render
/// still running either succeeded before the mark (its sheet is deleted here) or meets the mark and deletes its own.
/// </summary>
internal sealed class EraseSpritesOnAccountDeleted(GenerationDbContext db, ISpriteStore sprites) : INotificationHandler<AccountDeleted>
{
    public async Task Handle(AccountDeleted e, CancellationToken ct)
    {
        await db.HandleOnceAsync(e.MessageId, nameof(EraseSpritesOnAccountDeleted), () =>
            db.Generations.Where(g => g.AccountId == e.AccountId).ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Prompt, "")
                .SetProperty(g => g.Subject, (string?)null)
                .SetProperty(g => g.Description, (string?)null)
                .SetProperty(g => g.Error, (string?)null)
                .SetProperty(g => g.IdempotencyKey, (string?)null)
                .SetProperty(g => g.ErasedAt, e.OccurredAt), ct), ct);
        // Outside the transaction (the database store writes through its own connection), and on every delivery: a
        // redelivery after a crash between the two finds the inbox row and still deletes. Erasing twice is harmless.
        await sprites.DeleteAllAsync(e.AccountId, ct);
    }
}
