using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.Spend;

internal sealed class ReserveCreditsOnGenerationRequested(CreditsDbContext db, CreditLedger ledger, TimeProvider clock)
    : INotificationHandler<GenerationRequested>
{
    public Task Handle(GenerationRequested e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ReserveCreditsOnGenerationRequested), async () =>
        {
            if (e.Cost <= 0)
                throw new InvalidOperationException($"Generation {e.GenerationId} asks for {e.Cost} credits; a cost must be positive.");

            var movement = new CreditMovement(e.AccountId, LedgerKind.GenerationReserve, -e.Cost, "generation", e.GenerationId.ToString(), "Sprite generation");
            var now = clock.GetUtcNow();
            switch (await ledger.MoveAsync(movement, ct))
            {
                case MovementResult.Applied applied:
                    db.Reservations.Add(new Reservation
                    {
                        GenerationId = e.GenerationId, AccountId = e.AccountId, Amount = e.Cost, Status = ReservationStatus.Reserved, ReservedAt = now,
                    });
                    db.Publish(new CreditsReserved(Guid.NewGuid(), now, e.GenerationId, e.AccountId, e.Cost, applied.Balance));
                    break;
                case MovementResult.Insufficient insufficient:
                    db.Publish(new CreditReservationRejected(Guid.NewGuid(), now, e.GenerationId, e.AccountId, e.Cost, insufficient.Available));
                    break;
            }
        }, ct);
}
