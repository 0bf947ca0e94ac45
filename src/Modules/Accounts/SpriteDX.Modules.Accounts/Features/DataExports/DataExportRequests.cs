using Hangfire;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>A person asking for their data, seeing where their newest export stands, and downloading it.</summary>
internal sealed class DataExportRequests(AccountsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>The account page's "Your data" section, where a person asks and downloads.</summary>
    public const string PagePath = "/Identity/Account/Manage/Data";

    public Task<DataExport?> LatestAsync(Guid accountId, CancellationToken ct) =>
        db.DataExports.AsNoTracking().Where(e => e.AccountId == accountId).OrderByDescending(e => e.RequestedAt).FirstOrDefaultAsync(ct);

    /// <summary>Starts preparing a new export (<see cref="RequestDecision.Allowed"/>), or says why not; a refusal changes nothing.</summary>
    public async Task<RequestDecision> RequestAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var decision = DataExport.Decide(await LatestAsync(accountId, ct), now);
        if (decision is not RequestDecision.Allowed)
            return decision;

        var export = DataExport.Request(accountId, now);
        db.DataExports.Add(export);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another click, tab or host asked at the same moment: the unique PreparingFor let that one in, which may
            // even be ready by now. Its answer is this one's. Or the account was deleted while this request was on its
            // way (its key is gone): there is nobody left to prepare data for.
            db.ChangeTracker.Clear();
            if (!await db.Users.AnyAsync(u => u.Id == accountId, ct))
                return new RequestDecision.AccountGone();
            var winner = DataExport.Decide(await LatestAsync(accountId, ct), now);
            if (winner is RequestDecision.Allowed)
                throw;
            return winner;
        }

        // Enqueued after the commit, so the job finds the export; a crash in between is covered by the sweep.
        BuildDataExportJob.Enqueue(jobs, export.Id);
        return decision;
    }

    /// <summary>The archive of the account's export while it is ready and not expired; null for anything else, another account's export included.</summary>
    public async Task<(DataExport Export, byte[] Zip)?> ArchiveAsync(Guid accountId, Guid exportId, CancellationToken ct)
    {
        var export = await db.DataExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == exportId && e.AccountId == accountId, ct);
        if (export is null || !export.IsDownloadable(clock.GetUtcNow()))
            return null;
        var zip = await db.DataExportArchives.AsNoTracking().Where(a => a.ExportId == exportId).Select(a => a.Zip).SingleOrDefaultAsync(ct);
        return zip is null ? null : (export, zip);
    }
}
