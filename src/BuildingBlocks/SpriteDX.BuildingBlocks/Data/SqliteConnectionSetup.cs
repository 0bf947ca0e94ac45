using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// busy_timeout lets SQLite itself wait for the write lock, waking as soon as it is free (the
/// driver's own retry sleeps 150 ms at a time). It is per connection, so it is set on each open;
/// WAL and foreign keys are set once, in the file and in the connection string.
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
        command.CommandText = $"PRAGMA busy_timeout={busyTimeoutSeconds * 1000};";
        return command;
    }
}
