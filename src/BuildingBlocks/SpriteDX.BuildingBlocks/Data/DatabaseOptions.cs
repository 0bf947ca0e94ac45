namespace SpriteDX.BuildingBlocks.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where module databases live. `Database:Provider` and `SpriteDX:DataDir` in configuration.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Absolute directory holding one SQLite file per module (and generated images).</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>Seconds a writer waits for SQLite's single write lock before giving up.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    public string SqliteFile(string module) => Path.Combine(DataDirectory, $"{module}.db");
}
