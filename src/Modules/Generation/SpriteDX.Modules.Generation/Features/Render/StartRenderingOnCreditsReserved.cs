using Hangfire;
using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.Modules.Generation.Features.Render;

internal sealed class StartRenderingOnCreditsReserved(GenerationDbContext db, GenerationStateChanges states, IBackgroundJobClient jobs)
    : INotificationHandler<CreditsReserved>
{
    public async Task Handle(CreditsReserved e, CancellationToken ct)
    {
        var queued = false;
        await db.HandleOnceAsync(e.MessageId, nameof(StartRenderingOnCreditsReserved),
            async () => queued = (await states.QueueAsync(e.GenerationId, e.BalanceAfter, ct)).IsMoved, ct);

        // Enqueued after the commit: the job must find the generation queued. A crash in between
        // is covered by ResumeInterruptedGenerations.
        if (queued)
            RenderSpriteJob.Enqueue(jobs, e.GenerationId);
    }
}
