using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordGenerationOnGenerationRequested(AdminDbContext db) : INotificationHandler<GenerationRequested>
{
    public Task Handle(GenerationRequested e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordGenerationOnGenerationRequested), () =>
            db.RecordAsync(e.GenerationId, e.AccountId, e.OccurredAt, line => (line.Cost, line.At) = (e.Cost, e.OccurredAt), ct), ct);
}
