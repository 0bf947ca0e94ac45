using Microsoft.EntityFrameworkCore;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// For a hot path that writes its outbox rows with its own SQL instead of SaveChanges: it writes each row
/// already leased (LockedUntil = <see cref="ClaimedUntil"/>), as the bus does, and once its transaction has
/// committed and its connection is back in the pool, hands the rows here to be published at once. If it
/// dies in between, the lease runs out and the sweep delivers them.
/// </summary>
public interface ICommittedOutboxPublisher<TContext>
    where TContext : DbContext
{
    /// <summary>The lease to write into each row's INSERT.</summary>
    DateTimeOffset ClaimedUntil();

    /// <summary>Publishes rows the caller committed itself; never fails the caller (what it cannot deliver, the sweep does).</summary>
    Task PublishCommittedAsync(IReadOnlyList<OutboxMessage> committed, CancellationToken cancellationToken);
}
