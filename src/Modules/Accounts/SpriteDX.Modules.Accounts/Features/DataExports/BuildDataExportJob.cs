using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// Builds one export's ZIP from every module's <see cref="IPersonalDataSource"/>, in the background. A build that throws
/// is retried by Hangfire; the run that reaches <see cref="DataExport.MaxAttempts"/> (retries and runs resumed after a
/// crash both count) fails the export with a message instead. Two runs of one export store one archive: the archive is
/// written in the same transaction as the one Preparing → Ready change.
/// </summary>
internal sealed class BuildDataExportJob(
    AccountsDbContext db, IEnumerable<IPersonalDataSource> sources, AccountEmails emails, TimeProvider clock, ILogger<BuildDataExportJob> logger)
{
    public static void Enqueue(IBackgroundJobClient jobs, Guid exportId) =>
        jobs.Enqueue<BuildDataExportJob>(job => job.RunAsync(exportId, CancellationToken.None));

    [AutomaticRetry(Attempts = DataExport.MaxAttempts - 1, DelaysInSeconds = [2, 10], OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(Guid exportId, CancellationToken shutdown)
    {
        var now = clock.GetUtcNow();
        if (await MoveAsync(exportId, DataExportTransition.Attempt, s => s
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LastAttemptAt, now), shutdown) == 0)
            return; // ready, failed or deleted meanwhile
        var export = await db.DataExports.AsNoTracking().SingleAsync(e => e.Id == exportId, shutdown);
        if (export.Attempts > DataExport.MaxAttempts)
        {
            await FailAsync(exportId); // earlier runs died with their host
            return;
        }

        try
        {
            var zip = await PersonalDataZip.BuildAsync(export.AccountId, sources, now, shutdown);
            await CompleteAsync(export, zip, CancellationToken.None);
        }
        catch (Exception ex) when (!shutdown.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Data export {ExportId} failed on attempt {Attempt} of {MaxAttempts}", exportId, export.Attempts, DataExport.MaxAttempts);
            if (export.Attempts < DataExport.MaxAttempts)
                throw;
            await FailAsync(exportId);
        }
    }

    /// <summary>Ready, with its archive, replacing the account's older exports, and the person told; all of it or none.</summary>
    private async Task CompleteAsync(DataExport export, byte[] zip, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + DataExport.Lifetime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await MoveAsync(export.Id, DataExportTransition.Complete, s => s
                .SetProperty(e => e.PreparingFor, (Guid?)null)
                .SetProperty(e => e.CompletedAt, now)
                .SetProperty(e => e.ExpiresAt, expiresAt)
                .SetProperty(e => e.SizeBytes, zip.LongLength), ct) == 0)
            return; // another run completed it, or the account was deleted meanwhile
        await db.DataExports.Where(e => e.AccountId == export.AccountId && e.Id != export.Id).ExecuteDeleteAsync(ct); // their archives cascade
        db.DataExportArchives.Add(new DataExportArchive { ExportId = export.Id, Zip = zip });
        var email = await db.Users.Where(u => u.Id == export.AccountId).Select(u => u.Email).SingleAsync(ct);
        await emails.DataExportReadyAsync(email!, expiresAt, ct); // saves the archive with the message
        await transaction.CommitAsync(ct);
    }

    private Task<int> FailAsync(Guid exportId) =>
        MoveAsync(exportId, DataExportTransition.Fail, s => s
            .SetProperty(e => e.PreparingFor, (Guid?)null)
            .SetProperty(e => e.CompletedAt, clock.GetUtcNow())
            .SetProperty(e => e.Failure, DataExport.FailureMessage), CancellationToken.None);

    private Task<int> MoveAsync(Guid exportId, DataExportTransition transition, Action<UpdateSettersBuilder<DataExport>> change, CancellationToken ct)
    {
        var to = DataExport.Transitions[transition].To!.Value;
        return db.DataExports
            .Where(e => e.Id == exportId)
            .Where(DataExport.Transitions.Guard<DataExport>(e => e.Status, transition))
            .ExecuteUpdateAsync(s => change(s.SetProperty(e => e.Status, to)), ct);
    }
}
