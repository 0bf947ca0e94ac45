using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>
/// On SQLite background jobs live in memory, so a restart loses them; the generations table does not. At
/// start-up and every minute, generations whose job is gone are put back in line, and those that
/// kept failing, or never got an answer about their credits, are failed (which refunds them).
/// No generation stays in progress forever.
/// </summary>
internal sealed class ResumeInterruptedGenerations(
    GenerationDbContext db, GenerationStateChanges states, IBackgroundJobClient jobs, IOptions<GenerationOptions> options,
    IOptions<DatabaseOptions> database, TimeProvider clock, ILogger<ResumeInterruptedGenerations> logger)
{
    public const string JobId = "generation:resume-interrupted";
    private static readonly TimeSpan UnansweredLimit = TimeSpan.FromMinutes(30);

    public Task<int> RunAsync(CancellationToken ct) => ResumeAsync(atStartup: false, ct);

    public async Task<int> ResumeAsync(bool atStartup, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        // Alone on its database, a starting host knows every job in flight died with the last process;
        // beside other hosts (durable jobs) a render in progress may be another host's, so it waits as usual.
        var everyJobWasLost = atStartup && !database.Value.SharedByInstances;
        var queuedBefore = everyJobWasLost ? now : now - settings.QueueGrace;
        var runningBefore = everyJobWasLost ? now : now - settings.RenderTimeout - settings.QueueGrace;
        var unansweredBefore = now - UnansweredLimit;

        var stuck = await db.Generations.AsNoTracking()
            .Where(g => (g.Status == GenerationStatus.Queued && g.RequestedAt <= queuedBefore)
                        || (g.Status == GenerationStatus.Running && g.StartedAt <= runningBefore)
                        || (g.Status == GenerationStatus.Pending && g.RequestedAt <= unansweredBefore))
            .OrderBy(g => g.Id)
            .Take(500)
            .ToListAsync(ct);

        foreach (var generation in stuck)
        {
            if (generation.Status == GenerationStatus.Pending)
                await states.FailAsync(generation, "Your credits could not be confirmed in time. Nothing was charged; try again.", ct);
            else if (generation.RenderAttempts >= settings.MaxRenderAttempts)
                await states.FailAsync(generation, "This sprite could not be finished. Nothing was charged; try again.", ct);
            else if (generation.Status == GenerationStatus.Queued || (await states.RequeueAsync(generation.Id, ct)).IsMoved)
                RenderSpriteJob.Enqueue(jobs, generation.Id);
        }

        if (stuck.Count > 0)
            logger.LogWarning("Resumed or failed {Count} interrupted generations", stuck.Count);
        return stuck.Count;
    }
}
