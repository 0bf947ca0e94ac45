using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers run beside the writer, busy_timeout makes a
/// writer wait for the lock instead of failing, foreign keys are off by default in SQLite.
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Configure(connection).ExecuteNonQuery();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Configure(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Configure(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA foreign_keys=ON;";
        return command;
    }
}
