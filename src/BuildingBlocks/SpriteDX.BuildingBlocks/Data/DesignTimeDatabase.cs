namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// The database `dotnet ef` builds migrations against. `SPRITEDX_EF_PROVIDER=Postgres` generates the
/// PostgreSQL set; nothing here is used at run time.
/// </summary>
public static class DesignTimeDatabase
{
    public static DatabaseOptions Options => new()
    {
        Provider = Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("SPRITEDX_EF_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite,
        DataDirectory = Path.GetTempPath(),
        PostgresConnectionString = "Host=localhost;Database=spritedx_design", // never opened by `migrations add`
    };
}
