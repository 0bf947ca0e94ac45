using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SpriteDX.BuildingBlocks.Domain;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>
/// Writes a generation's transitions (<see cref="SpriteGeneration.Transitions"/>): each is one conditional
/// UPDATE whose WHERE is the transition's allowed states, so of two racing changes only one lands. A change
/// that settles a generation carries its notification in the same transaction.
/// </summary>
internal sealed class GenerationStateChanges(GenerationDbContext db, GenerationMetrics metrics, TimeProvider clock)
{
    public Task<TransitionOutcome> QueueAsync(Guid id, long balance, CancellationToken ct) =>
        MoveAsync(id, GenerationTransition.Queue, s => s.SetProperty(g => g.Balance, balance), ct);

    public async Task<TransitionOutcome> RejectAsync(Guid id, long available, CancellationToken ct) =>
        Counted(await MoveAsync(id, GenerationTransition.Reject, s => s
            .SetProperty(g => g.Balance, available)
            .SetProperty(g => g.Error, "Not enough credits for this sprite.")
            .SetProperty(g => g.CompletedAt, clock.GetUtcNow()), ct), GenerationTransition.Reject, startedAt: null);

    public Task<TransitionOutcome> StartAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return MoveAsync(id, GenerationTransition.Start, s => s
            .SetProperty(g => g.StartedAt, now)
            .SetProperty(g => g.Progress, 0)
            .SetProperty(g => g.RenderAttempts, g => g.RenderAttempts + 1), ct);
    }

    /// <summary>Starts again a render whose previous run died with its host (another host's durable job came back).</summary>
    public Task<TransitionOutcome> TakeOverAsync(Guid id, int maxAttempts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return MoveAsync(id, GenerationTransition.TakeOver, s => s
            .SetProperty(g => g.StartedAt, now)
            .SetProperty(g => g.Progress, 0)
            .SetProperty(g => g.RenderAttempts, g => g.RenderAttempts + 1), ct, g => g.RenderAttempts < maxAttempts);
    }

    public Task<TransitionOutcome> RequeueAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, GenerationTransition.Requeue, s => s.SetProperty(g => g.Progress, 0), ct);

    public Task<TransitionOutcome> ReportProgressAsync(Guid id, int progress, CancellationToken ct) =>
        MoveAsync(id, GenerationTransition.ReportProgress, s => s.SetProperty(g => g.Progress, progress), ct);

    /// <summary>Succeeds a generation that has not settled and whose account still exists (not <see cref="SpriteGeneration.ErasedAt"/>).</summary>
    public Task<TransitionOutcome> SucceedAsync(SpriteGeneration generation, RenderedSprite sprite, CancellationToken ct) =>
        SettleAsync(generation, GenerationTransition.Succeed, s => s
                .SetProperty(g => g.Progress, 100)
                .SetProperty(g => g.GridSize, sprite.GridSize)
                .SetProperty(g => g.Description, sprite.Description)
                .SetProperty(g => g.FrameDurations, string.Join(',', sprite.FrameDurations))
                .SetProperty(g => g.CompletedAt, clock.GetUtcNow()),
            new GenerationSucceeded(Guid.NewGuid(), clock.GetUtcNow(), generation.Id, generation.AccountId), ct);

    /// <summary>Fails a generation that has not settled and tells Credits to give the reservation back.</summary>
    public Task<TransitionOutcome> FailAsync(SpriteGeneration generation, string reason, CancellationToken ct) =>
        SettleAsync(generation, GenerationTransition.Fail, Failed(reason),
            new GenerationFailed(Guid.NewGuid(), clock.GetUtcNow(), generation.Id, generation.AccountId, reason), ct);

    public Task<bool> IsErasedAsync(Guid id, CancellationToken ct) => db.Generations.AnyAsync(g => g.Id == id && g.ErasedAt != null, ct);

    /// <summary>Credits already gave the reservation back (it timed out): only the status follows.</summary>
    public async Task<TransitionOutcome> TimeOutAsync(Guid id, string reason, CancellationToken ct) =>
        Counted(await MoveAsync(id, GenerationTransition.TimeOut, Failed(reason), ct), GenerationTransition.TimeOut, startedAt: null);

    private Action<UpdateSettersBuilder<SpriteGeneration>> Failed(string reason) => s => s
        .SetProperty(g => g.Error, reason)
        .SetProperty(g => g.CompletedAt, clock.GetUtcNow());

    private async Task<TransitionOutcome> SettleAsync(
        SpriteGeneration generation, GenerationTransition transition, Action<UpdateSettersBuilder<SpriteGeneration>> change, IIntegrationEvent notification, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outcome = await MoveAsync(generation.Id, transition, change, ct, transition == GenerationTransition.Succeed ? g => g.ErasedAt == null : null);
        if (!outcome.IsMoved)
            return outcome;
        db.Outbox.Add(notification);
        await db.CommitAndPublishAsync(transaction, ct);
        return Counted(outcome, transition, generation.StartedAt);
    }

    /// <summary>Counts a settled generation once its change is committed (a refused transition counts nothing).</summary>
    private TransitionOutcome Counted(TransitionOutcome outcome, GenerationTransition transition, DateTimeOffset? startedAt)
    {
        if (outcome.IsMoved)
            metrics.Settled(SpriteGeneration.Transitions[transition].To!.Value, startedAt is { } started ? clock.GetUtcNow() - started : null);
        return outcome;
    }

    /// <summary>The transition's own status change plus <paramref name="change"/>, on the condition that the generation may still make it.</summary>
    private async Task<TransitionOutcome> MoveAsync(
        Guid id, GenerationTransition transition, Action<UpdateSettersBuilder<SpriteGeneration>> change, CancellationToken ct,
        Expression<Func<SpriteGeneration, bool>>? also = null)
    {
        var to = SpriteGeneration.Transitions[transition].To!.Value;
        var moved = await db.Generations
            .Where(g => g.Id == id)
            .Where(SpriteGeneration.Transitions.Guard<SpriteGeneration>(g => g.Status, transition))
            .Where(also ?? (g => true))
            .ExecuteUpdateAsync(s => change(s.SetProperty(g => g.Status, to)), ct);
        return moved == 1 ? TransitionOutcome.Moved : TransitionOutcome.Refused(SpriteGeneration.Transitions.Refuse(transition));
    }
}
