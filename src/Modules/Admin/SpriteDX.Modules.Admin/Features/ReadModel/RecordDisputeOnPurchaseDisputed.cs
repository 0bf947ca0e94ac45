using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordDisputeOnPurchaseDisputed(AdminDbContext db) : INotificationHandler<PurchaseDisputed>
{
    public Task Handle(PurchaseDisputed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordDisputeOnPurchaseDisputed), async () =>
        {
            var purchase = await db.Purchases.FindAsync([e.PurchaseId], ct)
                           ?? throw new InvalidOperationException($"Purchase {e.PurchaseId} is not known yet; its dispute waits for it.");
            purchase.IsDisputed = true;
        }, ct);
}
