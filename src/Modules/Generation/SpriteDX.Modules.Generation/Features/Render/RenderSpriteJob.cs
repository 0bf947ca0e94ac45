using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>
/// Renders one sprite in the background. Whatever goes wrong in the generator (an exception, the
/// time limit) fails the generation, which releases its credits; a host shutting down puts it back
/// in line instead. Hangfire does not retry it: a failure is an answer the person sees, in the
/// generator's own words when it says what went wrong (<see cref="SpriteGenerationFailedException"/>).
/// </summary>
internal sealed class RenderSpriteJob(
    GenerationDbContext db,
    GenerationStateChanges states,
    ISpriteGenerator generator,
    ISpriteStore images,
    IOptions<GenerationOptions> options,
    IOptions<DatabaseOptions> database,
    ILogger<RenderSpriteJob> logger)
{
    public static void Enqueue(IBackgroundJobClient jobs, Guid generationId) =>
        jobs.Enqueue<RenderSpriteJob>(job => job.RunAsync(generationId, CancellationToken.None));

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid generationId, CancellationToken shutdown)
    {
        if (!(await states.StartAsync(generationId, shutdown)).IsMoved && !await TakenOverAsync(generationId, shutdown))
            return; // already rendering elsewhere, or settled
        var generation = await db.Generations.AsNoTracking().SingleAsync(g => g.Id == generationId, shutdown);

        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        timeLimit.CancelAfter(options.Value.RenderTimeout);
        var progress = new ProgressWriter(states, generationId);
        try
        {
            var sprite = await generator.RenderAsync(generation.ToSpriteRequest(), progress, timeLimit.Token);
            await progress.FlushAsync();
            await images.SaveAsync(generation.AccountId, generation.Id, sprite.SheetPng, CancellationToken.None);
            if (!(await states.SucceedAsync(generation, sprite, CancellationToken.None)).IsMoved && await states.IsErasedAsync(generationId, CancellationToken.None))
            {
                // The account was deleted while this sprite was drawn: its sheet goes like the others, and nothing is charged.
                await images.DeleteAllAsync(generation.AccountId, CancellationToken.None);
                await states.FailAsync(generation, "The account was deleted.", CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            await progress.FlushAsync();
            await states.RequeueAsync(generationId, CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Generation {GenerationId} exceeded {Timeout}", generationId, options.Value.RenderTimeout);
            await progress.FlushAsync();
            await states.FailAsync(generation, "The generator took too long. Nothing was charged; try again.", CancellationToken.None);
        }
        catch (SpriteGenerationFailedException ex)
        {
            logger.LogWarning(ex, "Generation {GenerationId} failed: {Reason}", generationId, ex.Message);
            await progress.FlushAsync();
            await states.FailAsync(generation, ex.Message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Generation {GenerationId} failed", generationId);
            await progress.FlushAsync();
            await states.FailAsync(generation, "The generator failed on this prompt. Nothing was charged; try again or change the prompt.", CancellationToken.None);
        }
    }

    /// <summary>
    /// Beside other hosts jobs are durable, and Hangfire hands a running job to another host only once the
    /// host running it stopped renewing its hold (it died): the generation is still Running, and waiting for
    /// the periodic resume would keep it, and its credits, for minutes. So this run starts it again at once
    /// (within MaxRenderAttempts); should the first run still be alive, whichever settles first wins and the
    /// other's change is refused. Alone on SQLite, a second job for a running generation is a duplicate, not
    /// a survivor: it stops.
    /// </summary>
    private async Task<bool> TakenOverAsync(Guid generationId, CancellationToken shutdown)
    {
        if (!database.Value.SharedByInstances || !(await states.TakeOverAsync(generationId, options.Value.MaxRenderAttempts, shutdown)).IsMoved)
            return false;
        logger.LogWarning("Generation {GenerationId}: its render job came back from a host that stopped; rendering it again", generationId);
        return true;
    }

    /// <summary>Writes progress as it comes, one update at a time, without holding up the renderer.</summary>
    private sealed class ProgressWriter(GenerationStateChanges states, Guid generationId) : IProgress<int>
    {
        private readonly Lock _gate = new();
        private Task _pending = Task.CompletedTask;
        private int _written = -1;

        public void Report(int value)
        {
            lock (_gate)
            {
                if (value <= _written || value >= 100)
                    return; // 100 is written with the result itself
                _written = value;
                _pending = _pending.ContinueWith(_ => states.ReportProgressAsync(generationId, value, CancellationToken.None), TaskScheduler.Default).Unwrap();
            }
        }

        /// <summary>Waits for the last write; a lost progress update is not worth failing a sprite for.</summary>
        public async Task FlushAsync()
        {
            Task pending;
            lock (_gate)
                pending = _pending;
            try
            {
                await pending;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
            }
        }
    }
}
