using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>
/// The database a run measures on: SQLite files (the default) or a PostgreSQL server (bench/run --postgres).
/// Every Host and every in-process module gets a fresh place of its own — a data directory, and on
/// PostgreSQL a database of its own on the server — and the harness reaches module tables through plain
/// ADO.NET connections, with SQL both providers accept (quoted identifiers, @parameters).
/// </summary>
internal abstract class BenchDatabase
{
    /// <summary>The default database's <see cref="Name"/>; results files without a "database" entry are SQLite runs.</summary>
    public const string SqliteName = "sqlite";

    /// <summary>"sqlite" or "postgres": recorded in the results file and part of its name.</summary>
    public abstract string Name { get; }

    /// <summary>What the data lives on, with the settings that decide commit cost (for the header, notes and results).</summary>
    public abstract string Description { get; }

    public static BenchDatabase Sqlite() => new SqliteFiles();

    /// <param name="server">An Npgsql connection string naming no database (bench/run passes its throwaway cluster's).</param>
    public static async Task<BenchDatabase> PostgresAsync(string server, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes'), current_setting('max_connections')",
            connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL {reader.GetString(0).Split(' ')[0]} at {builder.Host}:{builder.Port}, a database per Host or module (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}, max_connections={reader.GetString(4)})");
        return new PostgresServer(server, description);
    }

    /// <summary>The app's database settings for a fresh place: <paramref name="dataDirectory"/>, and on PostgreSQL a new database named after <paramref name="purpose"/>.</summary>
    public abstract DatabaseOptions NewPlace(string dataDirectory, string purpose);

    /// <summary>An open connection to one module's tables in a place (its SQLite file, or its schema on the search path).</summary>
    public abstract Task<DbConnection> OpenAsync(DatabaseOptions place, string module, CancellationToken ct);

    /// <summary>A Guid column's value as EF Core stores it (upper-case text on SQLite).</summary>
    public abstract object Key(Guid id);

    /// <summary>A DateTimeOffset column's value as the modules store it (UTC ticks on SQLite: UtcTicksConverter).</summary>
    public abstract object Time(DateTimeOffset at);

    /// <summary>Many rows into one table inside <paramref name="transaction"/>, the provider's fast way; values as <see cref="Key"/> and <see cref="Time"/> give them.</summary>
    public abstract Task BulkInsertAsync(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object[]> rows, CancellationToken ct);

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    private sealed class SqliteFiles : BenchDatabase
    {
        public override string Name => SqliteName;

        public override string Description =>
            $"SQLite {SqliteVersion()} files in {Path.GetTempPath()} (WAL, busy_timeout, foreign_keys; synchronous left at its default)";

        public override DatabaseOptions NewPlace(string dataDirectory, string purpose) =>
            new() { Provider = DatabaseProvider.Sqlite, DataDirectory = dataDirectory };

        public override async Task<DbConnection> OpenAsync(DatabaseOptions place, string module, CancellationToken ct)
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = place.SqliteFile(module), DefaultTimeout = 30, Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
            await pragmas.ExecuteNonQueryAsync(ct);
            return connection;
        }

        public override object Key(Guid id) => id.ToString().ToUpperInvariant();

        public override object Time(DateTimeOffset at) => at.UtcTicks;

        /// <summary>One prepared single-row INSERT, executed per row: SQLite has no round trip to save.</summary>
        public override async Task BulkInsertAsync(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object[]> rows, CancellationToken ct)
        {
            await using var insert = transaction.Connection!.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} ({Quoted(columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            var parameters = columns.Select((_, i) => insert.AddParameter($"@p{i}", DBNull.Value)).ToArray();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                    parameters[i].Value = row[i];
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        private static string SqliteVersion()
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sqlite_version()";
            return (string)command.ExecuteScalar()!;
        }
    }

    private sealed class PostgresServer(string server, string description) : BenchDatabase
    {
        public override string Name => "postgres";

        public override string Description => description;

        /// <summary>The app creates a missing database on start-up, and EF Core's migrations do too (the spend metric).</summary>
        public override DatabaseOptions NewPlace(string dataDirectory, string purpose) => new()
        {
            Provider = DatabaseProvider.Postgres,
            DataDirectory = dataDirectory,
            PostgresConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"bench_{purpose}_{Guid.NewGuid().ToString("n")[..8]}" }.ConnectionString,
        };

        public override async Task<DbConnection> OpenAsync(DatabaseOptions place, string module, CancellationToken ct)
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(place.PostgresConnectionString) { SearchPath = module }.ConnectionString);
            await connection.OpenAsync(ct);
            return connection;
        }

        public override object Key(Guid id) => id;

        public override object Time(DateTimeOffset at) => at.ToUniversalTime();

        /// <summary>Binary COPY: one stream instead of a round trip per row.</summary>
        public override async Task BulkInsertAsync(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object[]> rows, CancellationToken ct)
        {
            var connection = (NpgsqlConnection)transaction.Connection!;
            await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({Quoted(columns)}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(ct);
                foreach (var value in row)
                    await copy.WriteAsync(value, ct);
            }

            await copy.CompleteAsync(ct);
        }
    }
}

internal static class DbCommandExtensions
{
    /// <summary>Adds a parameter whose type the provider infers from <paramref name="value"/> (so it is known before Prepare).</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
