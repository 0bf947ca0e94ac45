using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation.Features.Render;

internal sealed class RejectGenerationOnCreditReservationRejected(GenerationDbContext db, GenerationStateChanges states)
    : INotificationHandler<CreditReservationRejected>
{
    public Task Handle(CreditReservationRejected e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RejectGenerationOnCreditReservationRejected),
            () => states.RejectAsync(e.GenerationId, e.Available, ct), ct);
}
