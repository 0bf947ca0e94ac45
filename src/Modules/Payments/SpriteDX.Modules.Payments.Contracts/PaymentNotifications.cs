using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Payments.Contracts;

/// <summary>A purchase was paid and verified with Stripe; its credits are owed to the account.</summary>
public sealed record PurchaseCompleted(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string PackId, string PackName, int Credits,
    long AmountMinor, string Currency, bool Livemode) : IIntegrationEvent;

/// <summary>Money was returned; the credits it bought (or the refunded share) are taken back.</summary>
public sealed record PurchaseRefunded(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string RefundId, int Credits, long AmountMinor, string Currency) : IIntegrationEvent;

/// <summary>The payment is disputed; its credits are frozen (taken back) until the dispute is settled.</summary>
public sealed record PurchaseDisputed(
    Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, string DisputeId, int Credits) : IIntegrationEvent;

/// <summary>
/// An admin replayed a received Stripe webhook event: its reconciliation runs again (idempotently). Published
/// for the audit log; <paramref name="PreviousStatus"/> is what the event stood at (failed, rejected, processed, …).
/// </summary>
public sealed record WebhookEventReplayed(
    Guid MessageId, DateTimeOffset OccurredAt, string StripeEventId, string EventType, bool Livemode, string PreviousStatus, Guid AdminId,
    string AdminEmail) : IIntegrationEvent;
