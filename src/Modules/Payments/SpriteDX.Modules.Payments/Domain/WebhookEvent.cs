namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// A verified Stripe event, stored before it is acknowledged so that nothing Stripe sends is lost; its
/// processing happens later, in a background job, and its outcome is kept beside it.
/// </summary>
internal sealed class WebhookEvent
{
    /// <summary>Stripe's event id (evt_…); a redelivery finds the row and stops.</summary>
    public string Id { get; init; } = "";

    public string Type { get; init; } = "";

    public bool Livemode { get; init; }

    /// <summary>The id of the object the event is about (a session, a charge, a dispute).</summary>
    public string? ObjectId { get; init; }

    /// <summary>The body exactly as signed.</summary>
    public string Payload { get; init; } = "";

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How many times Stripe delivered it; a redelivery (a duplicate) is acknowledged and never processed again.</summary>
    public int Deliveries { get; set; } = 1;

    public DateTimeOffset? ProcessedAt { get; set; }

    public WebhookOutcome? Outcome { get; set; }

    public string? OutcomeDetail { get; set; }

    /// <summary>Processing runs, failed or not: the job, its retries, the sweep and admin replays.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last failed run failed; cleared when an admin replays the event.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? LastReplayedAt { get; set; }

    /// <summary>Where the event stands, as the admin pages show and filter it.</summary>
    public WebhookEventStatus Status => Outcome switch
    {
        WebhookOutcome.Applied => WebhookEventStatus.Processed,
        WebhookOutcome.Ignored => WebhookEventStatus.Ignored,
        WebhookOutcome.Rejected => WebhookEventStatus.Rejected,
        WebhookOutcome.WrongMode => WebhookEventStatus.CrossMode,
        _ => LastError is null ? WebhookEventStatus.Pending : WebhookEventStatus.Failed,
    };
}

internal enum WebhookOutcome
{
    /// <summary>The event changed a purchase (or confirmed a change already made).</summary>
    Applied = 1,

    /// <summary>Nothing to do: a type SpriteDX does not act on.</summary>
    Ignored = 2,

    /// <summary>Refused: unknown session or charge, wrong mode, or details that do not match the purchase.</summary>
    Rejected = 3,

    /// <summary>Refused: a live-mode event about a test-mode purchase or the other way round; never credited.</summary>
    WrongMode = 4,
}

internal enum WebhookEventStatus
{
    /// <summary>Stored, its reconciliation queued or running.</summary>
    Pending = 1,

    /// <summary>Reconciliation threw (Stripe or the database failed); retried, and replayable by an admin.</summary>
    Failed = 2,

    Processed = 3,
    Ignored = 4,
    Rejected = 5,
    CrossMode = 6,
}

internal static class WebhookEventStatuses
{
    public static string Code(this WebhookEventStatus status) => status switch
    {
        WebhookEventStatus.CrossMode => "cross_mode",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Label(this WebhookEventStatus status) => status switch
    {
        WebhookEventStatus.CrossMode => "Rejected: cross-mode",
        _ => status.ToString(),
    };

    public static WebhookEventStatus? FromCode(string? code) =>
        Enum.GetValues<WebhookEventStatus>().Where(s => s.Code() == code).Select(s => (WebhookEventStatus?)s).FirstOrDefault();
}
