using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Outbox;

public readonly record struct OutboxCounts(long Backlog, long DeadLetters);

/// <summary>How many of a module's notifications wait for delivery, and how many gave up; for metrics.</summary>
public interface IOutboxStatistics
{
    string Module { get; }

    /// <summary>Synchronous: metric callbacks cannot await. Two COUNTs on the outbox table.</summary>
    OutboxCounts Count();
}

internal sealed class OutboxStatistics<TContext>(string module, IServiceScopeFactory scopes) : IOutboxStatistics
    where TContext : DbContext
{
    public string Module => module;

    public OutboxCounts Count()
    {
        using var scope = scopes.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>().AsNoTracking();
        return new OutboxCounts(
            outbox.Count(m => m.PublishedAt == null && m.DeadLetteredAt == null),
            outbox.Count(m => m.DeadLetteredAt != null && m.DismissedAt == null));
    }
}
