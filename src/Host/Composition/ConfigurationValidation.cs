using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Host.Composition;

/// <summary>
/// Checks every key of CONTRACT.md's configuration table before anything starts, so a typo stops
/// start-up with one message naming the key instead of failing later in the middle of a payment.
/// The Host checks its own keys; each module checks the sections it owns.
/// </summary>
internal static class ConfigurationValidation
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration) =>
        [.. HostProblems(configuration).OfType<string>(), .. SpriteDxModules.All.SelectMany(m => m.ConfigurationProblems(configuration))];

    private static IEnumerable<string?> HostProblems(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrEmpty(provider) && !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) && !provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
            yield return $"Database:Provider must be 'Sqlite' or 'Postgres' (got '{provider}').";
        if ("Postgres".Equals(provider, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")))
            yield return "ConnectionStrings:Postgres is required when Database:Provider is 'Postgres'.";
        yield return ConfigurationChecks.TrueOrFalse(configuration, StripeComposition.EmulatorEnabledKey);
        foreach (var problem in Telemetry.ConfigurationProblems(configuration))
            yield return problem;
    }
}

internal static class ConfigurationValidationExtensions
{
    public static bool HasValidConfiguration(this WebApplicationBuilder builder)
    {
        var problems = ConfigurationValidation.Problems(builder.Configuration);
        if (problems.Count == 0)
            return true;
        Console.Error.WriteLine("SpriteDX cannot start, its configuration is invalid:");
        foreach (var problem in problems)
            Console.Error.WriteLine("  - " + problem);
        return false;
    }
}
