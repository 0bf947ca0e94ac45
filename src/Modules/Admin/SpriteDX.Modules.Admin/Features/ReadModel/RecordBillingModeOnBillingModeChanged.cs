using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>
/// The Test Billing flag as Payments applies it. Admin's own decisions already set it; this also
/// catches changes published elsewhere, and ignores a late, older one.
/// </summary>
internal sealed class RecordBillingModeOnBillingModeChanged(AdminDbContext db) : INotificationHandler<BillingModeChanged>
{
    public Task Handle(BillingModeChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordBillingModeOnBillingModeChanged), async () =>
            (await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct)).BillingModeChanged(e.IsTestBillingAccount, e.OccurredAt), ct);
}
