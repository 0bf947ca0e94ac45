using System.Diagnostics;

namespace SpriteDX.BuildingBlocks.Telemetry;

/// <summary>
/// The names under which SpriteDX's own meters and activity sources publish: the Host listens to every name
/// starting with <see cref="Prefix"/>, so a module adds a meter without touching the Host.
/// </summary>
public static class SpriteDxTelemetry
{
    public const string Prefix = "SpriteDX";

    /// <summary>One span per notification handler run, so a trace follows a purchase from Payments into Credits and Admin.</summary>
    public static readonly ActivitySource EventBus = new($"{Prefix}.EventBus");

    /// <summary>One span per background job run.</summary>
    public static readonly ActivitySource Jobs = new($"{Prefix}.Jobs");

    /// <summary>The meter of a module, or of the platform (<c>Platform</c>): "SpriteDX.Credits".</summary>
    public static string MeterName(string owner) => $"{Prefix}.{owner}";

    /// <summary>The meter (or activity source) of the module a type belongs to: "SpriteDX.Credits".</summary>
    public static string MeterName(Type moduleType) => MeterName(AssemblySuffix(moduleType));

    /// <summary>"credits" for a type of SpriteDX.Modules.Credits, the module's key as logs and dead letters show it.</summary>
    public static string ModuleOf(Type type) => AssemblySuffix(type).ToLowerInvariant();

    private static string AssemblySuffix(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? "";
        const string modules = "SpriteDX.Modules.";
        return assembly.StartsWith(modules, StringComparison.Ordinal) ? assembly[modules.Length..] : assembly;
    }
}
