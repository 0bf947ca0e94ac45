using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Host.Composition;

/// <summary>Runs the module command named on the command line (`-- move-sprites`), instead of serving.</summary>
internal static class ModuleCommands
{
    /// <summary>The command's exit code, or null when no argument names a module's command.</summary>
    public static async Task<int?> RunRequestedAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<IModuleCommand>().FirstOrDefault(c => args.Contains(c.Verb, StringComparer.Ordinal));
        return command is null ? null : await command.RunAsync(output, ct);
    }
}
