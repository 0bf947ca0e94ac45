using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordPurchaseOnPurchaseCompleted(AdminDbContext db) : INotificationHandler<PurchaseCompleted>
{
    public Task Handle(PurchaseCompleted e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordPurchaseOnPurchaseCompleted), async () =>
        {
            await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct);
            if (await db.Purchases.AnyAsync(p => p.PurchaseId == e.PurchaseId, ct))
                return; // Payments announces a purchase once; a second announcement changes nothing
            db.Purchases.Add(new PurchaseLine
            {
                PurchaseId = e.PurchaseId, AccountId = e.AccountId, CompletedAt = e.OccurredAt, PackName = e.PackName, Credits = e.Credits,
                AmountMinor = e.AmountMinor, Currency = e.Currency.ToLowerInvariant(), Livemode = e.Livemode,
            });
        }, ct);
}
