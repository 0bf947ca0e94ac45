using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

internal sealed class RecordGenerationOnGenerationFailed(AdminDbContext db) : INotificationHandler<GenerationFailed>
{
    public Task Handle(GenerationFailed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordGenerationOnGenerationFailed), () =>
            db.RecordAsync(e.GenerationId, e.AccountId, e.OccurredAt, line => (line.Status, line.FailureReason) =
                (GenerationStatus.Failed, e.Reason.Length <= 500 ? e.Reason : e.Reason[..500]), ct), ct);
}
