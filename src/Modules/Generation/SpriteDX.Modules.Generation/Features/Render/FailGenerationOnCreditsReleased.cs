using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>
/// Credits gives a reservation back on its own when a generation never reported back; the
/// generation must then stop counting as in progress. After our own failure it is already settled.
/// </summary>
internal sealed class FailGenerationOnCreditsReleased(GenerationDbContext db, GenerationStateChanges states)
    : INotificationHandler<CreditsReleased>
{
    public Task Handle(CreditsReleased e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(FailGenerationOnCreditsReleased),
            () => states.TimeOutAsync(e.GenerationId, "This sprite took too long and was stopped. Its credits were refunded.", ct), ct);
}
