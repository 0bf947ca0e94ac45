using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Payments.Contracts;

/// <summary>A purchase was paid and verified with Stripe; its credits are owed to the account.</summary>
public sealed record PurchaseCompleted(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string PackId, string PackName, int Credits,
    long AmountMinor, string Currency, bool Livemode) : IIntegrationEvent;

/// <summary>Money was returned; the credits it bought (or the refunded share) are taken back (a held refund request's hold first).</summary>
/// <remarks><c>Livemode</c> false: a test purchase, whose credits are test credits (true in payloads stored before test credits were kept apart).</remarks>
public sealed record PurchaseRefunded(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string RefundId, int Credits, long AmountMinor, string Currency,
    bool Livemode = true) : IIntegrationEvent;

/// <summary>The payment is disputed; its credits are frozen (taken back) until the dispute is settled.</summary>
/// <remarks><c>Livemode</c> as in <see cref="PurchaseRefunded"/>.</remarks>
public sealed record PurchaseDisputed(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string DisputeId, int Credits, bool Livemode = true) : IIntegrationEvent;

/// <summary>
/// An admin replayed a received Stripe webhook event: its reconciliation runs again (idempotently). Published
/// for the audit log; <paramref name="PreviousStatus"/> is what the event stood at (failed, rejected, processed, …).
/// </summary>
public sealed record WebhookEventReplayed(
    Guid MessageId, DateTimeOffset OccurredAt, string StripeEventId, string EventType, bool Livemode, string PreviousStatus, Guid AdminId,
    string AdminEmail) : IIntegrationEvent;

/// <summary>
/// A dispute was closed. Won: the credits it froze come back (<paramref name="CreditsReturned"/>). Lost: its
/// claw-back is final and nothing moves.
/// </summary>
/// <remarks><c>Livemode</c> as in <see cref="PurchaseRefunded"/>.</remarks>
public sealed record PurchaseDisputeClosed(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string DisputeId, bool Won, int CreditsReturned, bool Livemode = true)
    : IIntegrationEvent;

/// <summary>
/// A refund failed or was cancelled: its money stayed, so the credits it took come back (<paramref name="CreditsRestored"/>;
/// none while a dispute holds the purchase's credits).
/// </summary>
/// <remarks><c>Livemode</c> as in <see cref="PurchaseRefunded"/>.</remarks>
public sealed record PurchaseRefundFailed(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string RefundId, int CreditsRestored, long AmountMinor, string Currency,
    bool Canceled, bool Livemode = true) : IIntegrationEvent;

/// <summary>
/// A buyer asked for their purchase's money back (attempt <paramref name="Attempt"/>): Credits holds its credits
/// at once and answers (RefundCreditsHeld or RefundHoldRefused); only then does Payments ask Stripe.
/// </summary>
public sealed record PurchaseRefundRequested(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, int Attempt, int Credits, bool Livemode) : IIntegrationEvent;

/// <summary>A buyer's refund request ended without a refund (Stripe refused it, could not be reached, or the refund failed): its hold is released.</summary>
public sealed record PurchaseRefundRequestFailed(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, int Attempt, string Reason) : IIntegrationEvent;

/// <summary>An admin turned an account's automatic top-up off from its Admin page. Published for the audit log.</summary>
public sealed record AutoTopUpTurnedOffByAdmin(Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, Guid AdminId, string AdminEmail) : IIntegrationEvent;
