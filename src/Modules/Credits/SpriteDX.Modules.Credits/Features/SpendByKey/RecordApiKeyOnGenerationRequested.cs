using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.SpendByKey;

/// <summary>Notes the API key behind a generation request, so its spending can be filtered by key; website requests have none.</summary>
internal sealed class RecordApiKeyOnGenerationRequested(CreditsDbContext db, TimeProvider clock) : INotificationHandler<GenerationRequested>
{
    public Task Handle(GenerationRequested e, CancellationToken ct) =>
        e.ApiKeyId is not { } keyId
            ? Task.CompletedTask
            : db.HandleOnceAsync(e.MessageId, nameof(RecordApiKeyOnGenerationRequested), () =>
            {
                db.ApiKeySpends.Add(new ApiKeySpend
                {
                    SourceId = e.GenerationId.ToString(), AccountId = e.AccountId, ApiKeyId = keyId, ApiKeyName = e.ApiKeyName ?? "", At = clock.GetUtcNow(),
                });
                return Task.CompletedTask;
            }, ct);
}
