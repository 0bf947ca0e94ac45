using Npgsql;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// `SPRITEDX_TEST_POSTGRES` (an Npgsql connection string to a server) runs the suite on PostgreSQL:
/// each app gets a database of its own, created by the app on start and dropped when it is disposed.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "SPRITEDX_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool Enabled => Server is not null;

    /// <summary>
    /// A connection string for a new, uniquely named database on the test server. The pool is larger
    /// than Npgsql's 100: the concurrency tests send up to 200 requests at once, each holding a connection
    /// while it queues on one account's row, and a reservation that waited out the pool's timeout would
    /// leave its request answered "pending" instead of 202 or 402.
    /// </summary>
    public static string NewDatabase() =>
        new NpgsqlConnectionStringBuilder(Server) { Database = "spritedx_test_" + Guid.NewGuid().ToString("n"), MaxPoolSize = 300 }.ConnectionString;

    public static async Task DropAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>For tests of SQLite's own behaviour (files, WAL): they do not apply on PostgreSQL.</summary>
    public static void IgnoreOnPostgres(string reason)
    {
        if (Enabled)
            Assert.Ignore($"SQLite only: {reason}");
    }

    /// <summary>For tests that need several hosts on one shared database.</summary>
    public static void RequirePostgres(string what)
    {
        if (!Enabled)
            Assert.Ignore($"{what} needs PostgreSQL: set {Variable} to an Npgsql connection string (.ci/run does).");
    }
}
