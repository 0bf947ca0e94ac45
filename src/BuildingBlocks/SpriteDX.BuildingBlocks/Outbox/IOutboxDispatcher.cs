namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>Delivers one module's outbox rows: those a save has just claimed and committed, and those the sweep finds due.</summary>
internal interface IOutboxDispatcher
{
    string Module { get; }

    /// <summary>The lease a row gets in its own INSERT when the save that writes it publishes it.</summary>
    DateTimeOffset ClaimedUntil();

    /// <summary>Publishes rows a save claimed and has committed. Never throws: what it cannot deliver, the sweep delivers.</summary>
    Task PublishCommittedAsync(IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken);

    /// <summary>Leases and publishes every row that is due; returns how many were attempted.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);

    /// <summary>Leases and publishes one row, unless another dispatcher holds it or it is settled.</summary>
    Task DispatchAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Writes the delivery marks still gathered for a batch (the host is stopping).</summary>
    Task WritePendingMarksAsync();
}
