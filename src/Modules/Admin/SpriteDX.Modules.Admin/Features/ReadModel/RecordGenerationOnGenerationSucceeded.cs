using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordGenerationOnGenerationSucceeded(AdminDbContext db) : INotificationHandler<GenerationSucceeded>
{
    public Task Handle(GenerationSucceeded e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordGenerationOnGenerationSucceeded), () =>
            db.RecordAsync(e.GenerationId, e.AccountId, e.OccurredAt, line => line.Status = GenerationStatus.Succeeded, ct), ct);
}
