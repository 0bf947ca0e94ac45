using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Spend;

/// <summary>
/// Settles a reservation exactly once: the status moves out of Reserved by one conditional UPDATE,
/// so a late success and a timeout cannot both settle it.
/// </summary>
internal sealed class ReservationSettlement(CreditsDbContext db, CreditLedger ledger, TimeProvider clock, ILogger<ReservationSettlement> logger)
{
    public async Task CaptureAsync(Guid generationId, CancellationToken ct)
    {
        var reservation = await ClaimAsync(generationId, ReservationTransition.Capture, ct);
        if (reservation is null)
        {
            logger.LogWarning("Generation {GenerationId} succeeded but its reservation was already settled; nothing to capture", generationId);
            return;
        }

        await ledger.RecordWithoutMovingAsync(
            new CreditMovement(reservation.AccountId, LedgerKind.GenerationCapture, -reservation.Amount, "generation", generationId.ToString(),
                $"Sprite delivered ({reservation.Amount} credits spent)"), ct);
    }

    public async Task ReleaseAsync(Guid generationId, string reason, CancellationToken ct)
    {
        var reservation = await ClaimAsync(generationId, ReservationTransition.Release, ct);
        if (reservation is null)
            return; // never reserved (rejected), or already settled

        await ledger.MoveAsync(
            new CreditMovement(reservation.AccountId, LedgerKind.GenerationRelease, reservation.Amount, "generation", generationId.ToString(),
                $"Refunded: {reason}", TestCredits: reservation.TestAmount), ct);
        db.Outbox.Add(new CreditsReleased(Guid.NewGuid(), clock.GetUtcNow(), generationId, reservation.AccountId, reservation.Amount, reason));
    }

    private async Task<Reservation?> ClaimAsync(Guid generationId, ReservationTransition transition, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settledAs = Reservation.Transitions[transition].To!.Value;
        var claimed = await db.Reservations
            .Where(r => r.GenerationId == generationId)
            .Where(Reservation.Transitions.Guard<Reservation>(r => r.Status, transition))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, settledAs).SetProperty(r => r.SettledAt, now), ct);
        return claimed == 1 ? await db.Reservations.AsNoTracking().SingleAsync(r => r.GenerationId == generationId, ct) : null;
    }
}
