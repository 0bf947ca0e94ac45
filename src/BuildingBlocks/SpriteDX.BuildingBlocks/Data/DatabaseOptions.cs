namespace SpriteDX.BuildingBlocks.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where module databases live: `Database:Provider`, `ConnectionStrings:Postgres` and `SpriteDX:DataDir`
/// in configuration. A module's name is also its SQLite file name and its PostgreSQL schema.
/// </summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Absolute directory holding one SQLite file per module (and generated images).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>Seconds a writer waits for SQLite's single write lock before giving up.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>The one PostgreSQL database every module shares, a schema each.</summary>
    public string PostgresConnectionString { get; set; } = "";

    /// <summary>
    /// True when several hosts may run on this database at once (PostgreSQL): start-up work takes a
    /// cluster-wide lock, and background jobs are durable instead of living in one process.
    /// </summary>
    public bool SharedByInstances => Provider == DatabaseProvider.Postgres;

    public string SqliteFile(string module) => Path.Combine(DataDirectory, $"{module}.db");
}
