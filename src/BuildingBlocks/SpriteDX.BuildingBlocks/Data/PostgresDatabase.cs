using Npgsql;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>The shared PostgreSQL database is created on first use (CONTRACT.md), by whichever host comes first.</summary>
public static class PostgresDatabase
{
    private const string InvalidCatalogName = "3D000";
    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505"; // two CREATE DATABASE at the same instant

    public static async Task<NpgsqlConnection> OpenCreatingIfMissingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (PostgresException ex) when (ex.SqlState == InvalidCatalogName)
        {
            await connection.DisposeAsync();
        }

        await CreateAsync(new NpgsqlConnectionStringBuilder(connectionString), cancellationToken);
        connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task CreateAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var name = target.Database ?? throw new InvalidOperationException("ConnectionStrings:Postgres names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // another host created it a moment ago
        }
    }
}
