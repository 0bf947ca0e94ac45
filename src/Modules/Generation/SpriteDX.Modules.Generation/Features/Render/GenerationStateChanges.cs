using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>
/// Every status change of a generation is one conditional UPDATE from the states it may leave, so a
/// late render, a timeout and a redelivered notification can never settle it twice. A change that
/// settles a generation carries its notification in the same transaction.
/// </summary>
internal sealed class GenerationStateChanges(GenerationDbContext db, TimeProvider clock)
{
    public Task<bool> QueueAsync(Guid id, long balance, CancellationToken ct) =>
        MoveAsync(id, [GenerationStatus.Pending], s => s
            .SetProperty(g => g.Status, GenerationStatus.Queued)
            .SetProperty(g => g.Balance, balance), ct);

    public Task<bool> RejectAsync(Guid id, long available, CancellationToken ct) =>
        MoveAsync(id, [GenerationStatus.Pending], s => s
            .SetProperty(g => g.Status, GenerationStatus.Rejected)
            .SetProperty(g => g.Balance, available)
            .SetProperty(g => g.Error, "Not enough credits for this sprite.")
            .SetProperty(g => g.CompletedAt, clock.GetUtcNow()), ct);

    public Task<bool> StartAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return MoveAsync(id, [GenerationStatus.Queued], s => s
            .SetProperty(g => g.Status, GenerationStatus.Running)
            .SetProperty(g => g.StartedAt, now)
            .SetProperty(g => g.Progress, 0)
            .SetProperty(g => g.RenderAttempts, g => g.RenderAttempts + 1), ct);
    }

    /// <summary>Back in line after an interruption (the host stopped mid-render).</summary>
    public Task<bool> RequeueAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, [GenerationStatus.Running], s => s.SetProperty(g => g.Status, GenerationStatus.Queued).SetProperty(g => g.Progress, 0), ct);

    public Task ReportProgressAsync(Guid id, int progress, CancellationToken ct) =>
        MoveAsync(id, [GenerationStatus.Running], s => s.SetProperty(g => g.Progress, progress), ct);

    public Task<bool> SucceedAsync(SpriteGeneration generation, RenderedSprite sprite, CancellationToken ct) =>
        SettleAsync(generation.Id, [GenerationStatus.Running], s => s
                .SetProperty(g => g.Status, GenerationStatus.Succeeded)
                .SetProperty(g => g.Progress, 100)
                .SetProperty(g => g.GridSize, sprite.GridSize)
                .SetProperty(g => g.Description, sprite.Description)
                .SetProperty(g => g.FrameDurations, string.Join(',', sprite.FrameDurations))
                .SetProperty(g => g.CompletedAt, clock.GetUtcNow()),
            new GenerationSucceeded(Guid.NewGuid(), clock.GetUtcNow(), generation.Id, generation.AccountId), ct);

    /// <summary>Fails a generation that has not settled and tells Credits to give the reservation back.</summary>
    public Task<bool> FailAsync(SpriteGeneration generation, string reason, CancellationToken ct) =>
        SettleAsync(generation.Id, [GenerationStatus.Pending, GenerationStatus.Queued, GenerationStatus.Running], s => s
                .SetProperty(g => g.Status, GenerationStatus.Failed)
                .SetProperty(g => g.Error, reason)
                .SetProperty(g => g.CompletedAt, clock.GetUtcNow()),
            new GenerationFailed(Guid.NewGuid(), clock.GetUtcNow(), generation.Id, generation.AccountId, reason), ct);

    /// <summary>Credits already gave the reservation back (it timed out): only the status follows.</summary>
    public Task<bool> MarkFailedAsync(Guid id, string reason, CancellationToken ct) =>
        MoveAsync(id, [GenerationStatus.Pending, GenerationStatus.Queued, GenerationStatus.Running], s => s
            .SetProperty(g => g.Status, GenerationStatus.Failed)
            .SetProperty(g => g.Error, reason)
            .SetProperty(g => g.CompletedAt, clock.GetUtcNow()), ct);

    private async Task<bool> SettleAsync(
        Guid id, GenerationStatus[] from, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SpriteGeneration>> change,
        SpriteDX.BuildingBlocks.Events.IIntegrationEvent notification, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await MoveAsync(id, from, change, ct))
            return false;
        db.Publish(notification);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<bool> MoveAsync(
        Guid id, GenerationStatus[] from, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SpriteGeneration>> change, CancellationToken ct) =>
        await db.Generations.Where(g => g.Id == id && from.Contains(g.Status)).ExecuteUpdateAsync(change, ct) == 1;
}
