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

    public DateTimeOffset? ProcessedAt { get; set; }

    public WebhookOutcome? Outcome { get; set; }

    public string? OutcomeDetail { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

internal enum WebhookOutcome
{
    /// <summary>The event changed a purchase (or confirmed a change already made).</summary>
    Applied = 1,

    /// <summary>Nothing to do: a type SpriteDX does not act on.</summary>
    Ignored = 2,

    /// <summary>Refused: unknown session or charge, wrong mode, or details that do not match the purchase.</summary>
    Rejected = 3,
}
