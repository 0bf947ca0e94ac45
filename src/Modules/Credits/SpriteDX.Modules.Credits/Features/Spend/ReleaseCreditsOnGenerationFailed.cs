using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.Spend;

internal sealed class ReleaseCreditsOnGenerationFailed(CreditsDbContext db, ReservationSettlement settlement)
    : INotificationHandler<GenerationFailed>
{
    public Task Handle(GenerationFailed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ReleaseCreditsOnGenerationFailed), () => settlement.ReleaseAsync(e.GenerationId, "generation failed", ct), ct);
}
