using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// Every few minutes: deletes archives past their expiry, and puts back in line the exports whose build job was lost
/// (on SQLite jobs live in memory, so a restart loses them; the data_exports table does not). No export stays
/// preparing forever: a build that keeps dying counts its attempts and ends Failed.
/// </summary>
internal sealed class DataExportSweep(
    AccountsDbContext db, IBackgroundJobClient jobs, IOptions<DatabaseOptions> database, TimeProvider clock, ILogger<DataExportSweep> logger)
{
    public const string JobId = "accounts:data-exports";

    /// <summary>Longer than a build and Hangfire's retry delays together, so a build still under way is never doubled.</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromMinutes(10);

    public Task<int> RunAsync(CancellationToken ct) => SweepAsync(atStartup: false, ct);

    /// <summary>Deletes what expired; returns how many exports it put back in line.</summary>
    public async Task<int> SweepAsync(bool atStartup, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expired = await db.DataExports
            .Where(e => e.Status == DataExportStatus.Ready && e.ExpiresAt <= now)
            .ExecuteDeleteAsync(ct); // their archives cascade
        if (expired > 0)
            logger.LogInformation("Deleted {Count} expired data exports", expired);

        // Alone on its database, a starting host knows every build in flight died with the last process.
        var lostBefore = atStartup && !database.Value.SharedByInstances ? now : now - LostAfter;
        var lost = await db.DataExports.AsNoTracking()
            .Where(e => e.Status == DataExportStatus.Preparing
                        && (e.LastAttemptAt == null ? e.RequestedAt <= lostBefore : e.LastAttemptAt <= lostBefore))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(500)
            .ToListAsync(ct);
        foreach (var exportId in lost)
            BuildDataExportJob.Enqueue(jobs, exportId);
        if (lost.Count > 0)
            logger.LogWarning("Resumed {Count} data exports whose build was lost", lost.Count);
        return lost.Count;
    }
}
