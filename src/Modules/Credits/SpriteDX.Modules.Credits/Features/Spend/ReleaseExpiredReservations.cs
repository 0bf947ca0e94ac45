using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Spend;

/// <summary>
/// A recurring job: a generation that never reported back (its process died, its job was lost)
/// must not keep the person's credits, so reservations older than the timeout are given back.
/// </summary>
internal sealed class ReleaseExpiredReservations(
    CreditsDbContext db, ReservationSettlement settlement, IOptions<CreditsOptions> options, TimeProvider clock,
    ILogger<ReleaseExpiredReservations> logger)
{
    public const string JobId = "credits:release-expired-reservations";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - options.Value.ReservationTimeout;
        var expired = await db.Reservations.AsNoTracking()
            .Where(r => r.Status == ReservationStatus.Reserved && r.ReservedAt < cutoff)
            .Select(r => r.GenerationId)
            .Take(500)
            .ToListAsync(ct);

        foreach (var generationId in expired)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await settlement.ReleaseAsync(generationId, "generation timed out", ct);
            await db.CommitAndPublishAsync(transaction, ct);
            db.ChangeTracker.Clear();
        }

        if (expired.Count > 0)
            logger.LogWarning("Released {Count} reservations older than {Timeout}", expired.Count, options.Value.ReservationTimeout);
        return expired.Count;
    }
}
