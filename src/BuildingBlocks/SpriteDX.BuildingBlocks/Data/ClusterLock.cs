using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// Lets one host at a time do work that must happen once, such as migrating the databases or
/// creating the bootstrap admin, when several hosts share a PostgreSQL database: a session-level
/// advisory lock, held on its own connection until disposed. SQLite files belong to one host, so
/// there the lock is free.
/// </summary>
public sealed class ClusterLock(IOptions<DatabaseOptions> options)
{
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var database = options.Value;
        if (!database.SharedByInstances)
            return NoLock.Instance;

        var connection = await PostgresDatabase.OpenCreatingIfMissingAsync(database.PostgresConnectionString, cancellationToken);
        try
        {
            var key = KeyOf(name);
            await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
            {
                command.Parameters.AddWithValue("key", key);
                command.CommandTimeout = 0; // waiting for another host's migrations is expected
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stable 64-bit key per name, the same in every process.</summary>
    private static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("spritedx:" + name)), 0);

    private sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Pooled connections keep session locks, so release explicitly before handing it back.
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
