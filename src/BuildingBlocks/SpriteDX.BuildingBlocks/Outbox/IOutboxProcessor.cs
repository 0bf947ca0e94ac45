namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>Publishes one module's outbox rows: at once after a commit, and in the background sweep.</summary>
public interface IOutboxProcessor
{
    string Module { get; }

    /// <summary>Publishes every row that is due; returns how many were attempted.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in line for delivery; false when it is no longer dead.</summary>
    Task<bool> RetryDeadLetterAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Marks a dead letter as handled by a person; it will not be delivered again.</summary>
    Task<bool> DismissDeadLetterAsync(Guid messageId, CancellationToken cancellationToken);
}

public sealed record DeadLetter(
    string Module, Guid MessageId, string Notification, string Payload, int Attempts, string? LastError,
    DateTimeOffset OccurredAt, DateTimeOffset DeadLetteredAt);

/// <summary>
/// The immediate publish after a commit. The rows are claimed (leased) as they are written, in the
/// business transaction itself, so the writer owns them without a second UPDATE; if it dies before
/// publishing, the lease runs out and the sweep (of any instance) delivers them.
/// </summary>
internal interface IClaimedOutboxPublisher
{
    string Module { get; }

    /// <summary>The lease a row gets when it is written.</summary>
    DateTimeOffset ClaimedUntil(DateTimeOffset now);

    Task PublishClaimedAsync(IReadOnlyList<OutboxMessage> claimed, CancellationToken cancellationToken);

    /// <summary>Writes the delivery marks still waiting to be batched (the host is stopping).</summary>
    Task MarkPendingNowAsync();
}
