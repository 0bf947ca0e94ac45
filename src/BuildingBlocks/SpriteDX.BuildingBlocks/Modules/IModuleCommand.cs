namespace SpriteDX.BuildingBlocks.Modules;

/// <summary>
/// A one-off task a module offers operators from the command line (`dotnet run --project src/Host -- {Verb}`):
/// the Host starts, migrates, runs the command instead of serving, and exits with its code.
/// </summary>
public interface IModuleCommand
{
    /// <summary>The command-line word, such as <c>move-sprites</c>.</summary>
    string Verb { get; }

    /// <summary>Writes what it did, line by line; answers the process exit code (0 when all went well).</summary>
    Task<int> RunAsync(TextWriter output, CancellationToken ct);
}
