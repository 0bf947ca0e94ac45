using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.Spend;

internal sealed class CaptureCreditsOnGenerationSucceeded(CreditsDbContext db, ReservationSettlement settlement)
    : INotificationHandler<GenerationSucceeded>
{
    public Task Handle(GenerationSucceeded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(CaptureCreditsOnGenerationSucceeded), () => settlement.CaptureAsync(e.GenerationId, ct), ct);
}
