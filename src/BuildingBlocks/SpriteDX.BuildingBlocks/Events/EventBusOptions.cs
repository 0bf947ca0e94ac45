namespace SpriteDX.BuildingBlocks.Events;

public sealed class EventBusOptions
{
    public const string Section = "EventBus";

    /// <summary>How often unpublished outbox rows are swept when nothing signalled them.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a new row that no save claimed for its own publish (a plain SaveChanges) waits before the
    /// sweep takes it. Rows that SaveAndPublishAsync writes are leased in their INSERT, so the sweep leaves
    /// them to it regardless.
    /// </summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries of one notification before it is parked as a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failure; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long SaveAndPublishAsync's deliveries are gathered before they are marked published in one UPDATE:
    /// one commit for many notifications instead of one each. The rows stay leased meanwhile. Zero marks
    /// each delivery at once.
    /// </summary>
    public TimeSpan PublishedMarkDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How long one dispatcher holds a row before another may take it over. Short, so the rows of a process
    /// that died are delivered again within seconds; a live process renews the lease every third of it while
    /// a delivery is still running, so a slow handler is not delivered twice at once.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
