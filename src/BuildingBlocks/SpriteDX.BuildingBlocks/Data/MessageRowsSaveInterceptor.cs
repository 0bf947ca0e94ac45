using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// What every save of a module's context does with its message rows: a new inbox claim gets the time it
/// was processed, and outbox rows saved without a publish are reported. Nothing is lost that way (the
/// sweep delivers them), but their handlers run seconds later instead of before the call returns, which
/// is almost always a forgotten <c>SaveAndPublishAsync</c>; a warning says so where it is cheap to fix.
/// </summary>
internal sealed class MessageRowsSaveInterceptor(string module, TimeProvider clock, ILogger<MessageRowsSaveInterceptor> logger)
    : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Inspect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Inspect(DbContext? context)
    {
        if (context is null)
            return;
        List<string>? unpublished = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
                continue;
            switch (entry.Entity)
            {
                case InboxMessage inbox when inbox.ProcessedAt == default:
                    inbox.ProcessedAt = clock.GetUtcNow();
                    break;
                case OutboxMessage { LockedUntil: null } message:
                    (unpublished ??= []).Add(message.Name);
                    break;
            }
        }

        if (unpublished is not null)
        {
            logger.LogWarning("{Module}: {Notifications} saved without SaveAndPublishAsync/CommitAndPublishAsync; the outbox sweep delivers them later",
                module, string.Join(", ", unpublished));
        }
    }
}
