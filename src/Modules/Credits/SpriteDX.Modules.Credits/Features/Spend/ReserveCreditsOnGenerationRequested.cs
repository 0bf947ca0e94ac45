using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.Spend;

internal sealed class ReserveCreditsOnGenerationRequested(CreditsDbContext db, SingleCommandReservation usual, CreditLedger ledger, TimeProvider clock)
    : INotificationHandler<GenerationRequested>
{
    public async Task Handle(GenerationRequested e, CancellationToken ct)
    {
        if (e.Cost <= 0)
            throw new InvalidOperationException($"Generation {e.GenerationId} asks for {e.Cost} credits; a cost must be positive.");
        if (await usual.TryReserveAsync(e, nameof(ReserveCreditsOnGenerationRequested), ct))
            return;

        // Nothing was written: a redelivery, a short balance or an account without a row, decided here in one transaction.
        await db.HandleOnceAsync(e.MessageId, nameof(ReserveCreditsOnGenerationRequested), async () =>
        {
            var movement = new CreditMovement(e.AccountId, LedgerKind.GenerationReserve, -e.Cost, SingleCommandReservation.SourceType, e.GenerationId.ToString(),
                SingleCommandReservation.Description);
            var now = clock.GetUtcNow();
            switch (await ledger.MoveAsync(movement, ct))
            {
                case MovementResult.Applied applied:
                    db.Reservations.Add(new Reservation
                    {
                        GenerationId = e.GenerationId, AccountId = e.AccountId, Amount = e.Cost, TestAmount = (int)-applied.TestDelta, Status = ReservationStatus.Reserved, ReservedAt = now,
                    });
                    db.Outbox.Add(new CreditsReserved(Guid.NewGuid(), now, e.GenerationId, e.AccountId, e.Cost, applied.Balance));
                    break;
                case MovementResult.Insufficient insufficient:
                    db.Outbox.Add(new CreditReservationRejected(Guid.NewGuid(), now, e.GenerationId, e.AccountId, e.Cost, insufficient.Available));
                    break;
            }
        }, ct);
    }
}
