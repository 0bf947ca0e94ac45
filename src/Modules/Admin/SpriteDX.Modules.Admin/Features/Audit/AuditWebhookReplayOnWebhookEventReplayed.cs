using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.Audit;

/// <summary>
/// A replay is an admin action taken on a Payments page; Payments announces it and the audit log,
/// which Admin owns, records who replayed which event and from what state.
/// </summary>
internal sealed class AuditWebhookReplayOnWebhookEventReplayed(AdminDbContext db) : INotificationHandler<WebhookEventReplayed>
{
    public Task Handle(WebhookEventReplayed e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(AuditWebhookReplayOnWebhookEventReplayed), () =>
        {
            db.Audit.Add(new AuditEntry
            {
                At = e.OccurredAt, AdminId = e.AdminId, AdminEmail = e.AdminEmail, Action = "webhook.replay",
                Details = $"Replayed {(e.Livemode ? "live" : "test")} {e.EventType} {e.StripeEventId} (was {e.PreviousStatus})",
            });
            return Task.CompletedTask;
        }, ct);
}
