using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>Errors the same command may not meet again a moment later: a busy SQLite file, PostgreSQL's own transient verdicts.</summary>
public static class TransientDatabaseErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True for SQLITE_BUSY and SQLITE_LOCKED, and for what Npgsql calls transient (a serialization failure, a deadlock,
    /// a dropped connection), also when EF Core wraps it.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        DbException { IsTransient: true } => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
