using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Refunds;

/// <summary>
/// The holds of buyers' refund requests. Holding is a debit that must be covered by the purchase's own kind of credits
/// (live or test), so credits already spent cannot be refunded; each hold is settled once, by a conditional UPDATE
/// built from <see cref="RefundHold.Transitions"/>, as a claw-back or as a release. All of it runs in the caller's transaction.
/// </summary>
internal sealed class RefundHolds(CreditsDbContext db, CreditLedger ledger, TimeProvider clock)
{
    public const string SourceType = "refund_request";

    public async Task HoldAsync(Guid purchaseId, Guid accountId, int attempt, int credits, bool livemode, CancellationToken ct)
    {
        var movement = CreditMovement.OfPurchase(accountId, LedgerKind.RefundHold, -credits, SourceType, SourceId(purchaseId, attempt),
            "Held while your refund is processed", livemode);
        var now = clock.GetUtcNow();
        switch (await ledger.MoveAsync(movement, ct))
        {
            case MovementResult.Applied applied:
                db.RefundHolds.Add(new RefundHold
                {
                    PurchaseId = purchaseId, Attempt = attempt, AccountId = accountId, Credits = credits, TestCredits = (int)-applied.TestDelta,
                    Status = RefundHoldStatus.Held, HeldAt = now,
                });
                db.Outbox.Add(new RefundCreditsHeld(Guid.NewGuid(), now, purchaseId, accountId, attempt, credits));
                break;
            case MovementResult.Insufficient insufficient:
                db.Outbox.Add(new RefundHoldRefused(Guid.NewGuid(), now, purchaseId, accountId, attempt, insufficient.Available));
                break;
        }
    }

    /// <summary>
    /// The refund went through: the purchase's standing hold becomes (part of) its claw-back. Returns how many of
    /// <paramref name="refunded"/> credits the hold covered; a hold larger than the refund gives the excess back.
    /// </summary>
    public async Task<int> TakeBackAsync(Guid purchaseId, int refunded, CancellationToken ct)
    {
        if (await SettleAsync(purchaseId, attempt: null, RefundHoldTransition.TakeBack, ct) is not { } hold)
            return 0;
        var covered = Math.Min(hold.Credits, refunded);
        if (hold.Credits > covered)
            await GiveBackAsync(hold, hold.Credits - covered, "Held credits beyond the refunded share came back", ct);
        return covered;
    }

    /// <summary>The refund request ended without a refund: its hold, if still standing, comes back.</summary>
    public async Task ReleaseAsync(Guid purchaseId, int attempt, string reason, CancellationToken ct)
    {
        if (await SettleAsync(purchaseId, attempt, RefundHoldTransition.Release, ct) is { } hold)
            await GiveBackAsync(hold, hold.Credits, $"Refund not made: {reason}", ct);
    }

    /// <summary>Test credits come back as test credits (dropped if the account has left test mode meanwhile).</summary>
    private Task<MovementResult> GiveBackAsync(RefundHold hold, int credits, string description, CancellationToken ct) =>
        ledger.MoveAsync(new CreditMovement(hold.AccountId, LedgerKind.RefundHoldReleased, credits, SourceType, SourceId(hold.PurchaseId, hold.Attempt), description,
            TestCredits: Math.Min(credits, hold.TestCredits)), ct);

    private async Task<RefundHold?> SettleAsync(Guid purchaseId, int? attempt, RefundHoldTransition transition, CancellationToken ct)
    {
        var held = await db.RefundHolds.AsNoTracking()
            .Where(h => h.PurchaseId == purchaseId && (attempt == null || h.Attempt == attempt) && h.Status == RefundHoldStatus.Held)
            .SingleOrDefaultAsync(ct);
        if (held is null)
            return null;
        var now = clock.GetUtcNow();
        var to = RefundHold.Transitions[transition].To!.Value;
        var claimed = await db.RefundHolds
            .Where(h => h.PurchaseId == purchaseId && h.Attempt == held.Attempt)
            .Where(RefundHold.Transitions.Guard<RefundHold>(h => h.Status, transition))
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, to).SetProperty(h => h.SettledAt, now), ct);
        return claimed == 1 ? held : null;
    }

    private static string SourceId(Guid purchaseId, int attempt) => $"{purchaseId}/{attempt}";
}
