using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Modules.Admin.Features.Audit;

/// <summary>Turning a customer's automatic top-up off is an admin action taken on Payments' section of the account page; the audit log records it.</summary>
internal sealed class AuditAutoTopUpOffOnAutoTopUpTurnedOffByAdmin(AdminDbContext db) : INotificationHandler<AutoTopUpTurnedOffByAdmin>
{
    public Task Handle(AutoTopUpTurnedOffByAdmin e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(AuditAutoTopUpOffOnAutoTopUpTurnedOffByAdmin), () =>
        {
            db.Audit.Add(new AuditEntry
            {
                At = e.OccurredAt, AdminId = e.AdminId, AdminEmail = e.AdminEmail, Action = "auto_top_up.off", AccountId = e.AccountId,
                Details = "Turned automatic top-up off",
            });
            return Task.CompletedTask;
        }, ct);
}
