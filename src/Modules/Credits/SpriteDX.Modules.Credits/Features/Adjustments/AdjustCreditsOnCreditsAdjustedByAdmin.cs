using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Adjustments;

internal sealed class AdjustCreditsOnCreditsAdjustedByAdmin(CreditsDbContext db, CreditLedger ledger)
    : INotificationHandler<CreditsAdjustedByAdmin>
{
    public Task Handle(CreditsAdjustedByAdmin e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(AdjustCreditsOnCreditsAdjustedByAdmin), async () =>
        {
            if (e.Amount == 0)
                throw new InvalidOperationException($"Admin adjustment {e.AdjustmentId} moves no credits.");
            var kind = e.Amount > 0 ? LedgerKind.AdminGrant : LedgerKind.AdminDebit;
            await ledger.MoveAsync(new CreditMovement(e.AccountId, kind, e.Amount, "admin_adjustment", e.AdjustmentId.ToString(), e.Reason,
                DebitRule.TakeAvailable), ct);
        }, ct);
}
