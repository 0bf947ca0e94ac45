using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Domain;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// One "Download my data" request: prepared in the background, then downloadable by its owner for <see cref="Lifetime"/>.
/// Its archive lives in its own table (<see cref="DataExportArchive"/>), so listing exports never loads a ZIP.
/// </summary>
internal sealed class DataExport
{
    /// <summary>How long a ready archive may be downloaded; then the sweep deletes it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A new export at most this often per account: each one reads everything the account has.</summary>
    public static readonly TimeSpan RequestInterval = TimeSpan.FromMinutes(5);

    /// <summary>Runs of the build (Hangfire's retries, and runs resumed after a crash) before the export is failed.</summary>
    public const int MaxAttempts = 3;

    public const string FailureMessage =
        "We could not prepare your data this time. Nothing was changed or lost; please try again, and tell us if it keeps failing.";

    /// <summary>The build starts an attempt and ends it Ready or Failed, each once: its conditional UPDATEs take their WHERE from here.</summary>
    public static readonly TransitionTable<DataExportStatus, DataExportTransition> Transitions = new("data export")
    {
        { DataExportTransition.Attempt, [DataExportStatus.Preparing], DataExportStatus.Preparing },
        { DataExportTransition.Complete, [DataExportStatus.Preparing], DataExportStatus.Ready },
        { DataExportTransition.Fail, [DataExportStatus.Preparing], DataExportStatus.Failed },
    };

    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    /// <summary>
    /// The account's id while the export is preparing, null once it is not. Its unique index lets one export prepare per
    /// account, whatever the clicks, tabs or hosts asking at the same moment.
    /// </summary>
    public Guid? PreparingFor { get; init; }

    public DataExportStatus Status { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public long? SizeBytes { get; init; }

    /// <summary>Why it failed, in words for the person.</summary>
    public string? Failure { get; init; }

    public static DataExport Request(Guid accountId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        PreparingFor = accountId,
        Status = DataExportStatus.Preparing,
        RequestedAt = now,
    };

    /// <summary>
    /// Whether the account may ask for a new export now, given its newest one: not while one is preparing, and not
    /// again within <see cref="RequestInterval"/> of the last, unless that one failed (our failure must not make
    /// the person wait).
    /// </summary>
    public static RequestDecision Decide(DataExport? latest, DateTimeOffset now) => latest switch
    {
        { Status: DataExportStatus.Preparing } => new RequestDecision.AlreadyPreparing(),
        { Status: DataExportStatus.Ready } when latest.RequestedAt + RequestInterval > now => new RequestDecision.TooSoon(latest.RequestedAt + RequestInterval),
        _ => new RequestDecision.Allowed(),
    };

    public bool IsDownloadable(DateTimeOffset now) => Status == DataExportStatus.Ready && ExpiresAt > now;

    /// <summary>The name the browser saves the archive as: the day it was prepared.</summary>
    public string FileName => $"spritedx-data-{CompletedAt ?? RequestedAt:yyyy-MM-dd}.zip";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<DataExport>(export =>
        {
            export.ToTable("data_exports");
            export.HasKey(e => e.Id);
            export.Property(e => e.Failure).HasMaxLength(500);
            export.HasIndex(e => e.PreparingFor).IsUnique();
            export.HasIndex(e => new { e.AccountId, e.RequestedAt });
            export.HasIndex(e => new { e.Status, e.ExpiresAt });
            export.HasOne<AccountUser>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DataExportArchive>(archive =>
        {
            archive.ToTable("data_export_archives");
            archive.HasKey(a => a.ExportId);
            archive.HasOne<DataExport>().WithOne().HasForeignKey<DataExportArchive>(a => a.ExportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>The ZIP of a ready export, a row of Accounts' database, so every instance serves what any instance built.</summary>
internal sealed class DataExportArchive
{
    public Guid ExportId { get; init; }

    public byte[] Zip { get; init; } = [];
}

internal enum DataExportStatus
{
    Preparing = 1,
    Ready = 2,
    Failed = 3,
}

internal enum DataExportTransition
{
    /// <summary>A run of the build starts (counted, so a build that keeps failing ends).</summary>
    Attempt,

    Complete,
    Fail,
}

internal abstract record RequestDecision
{
    public sealed record Allowed : RequestDecision;

    public sealed record AlreadyPreparing : RequestDecision;

    public sealed record TooSoon(DateTimeOffset AllowedFrom) : RequestDecision;

    /// <summary>The account was deleted while the request was on its way.</summary>
    public sealed record AccountGone : RequestDecision;
}
