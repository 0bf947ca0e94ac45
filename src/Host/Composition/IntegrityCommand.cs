using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Host.Composition;

/// <summary>
/// `dotnet run --project src/Host -- check-integrity`: every module checks its own books (Credits: balances
/// against ledgers; Payments: paid purchases not yet handed to Credits), prints what it found, and the
/// process exits 1 when anything is wrong, so a cron job or a deploy step can alert on it.
/// </summary>
internal static class IntegrityCommand
{
    public const string Verb = "check-integrity";

    public static bool IsRequested(string[] args) => args.Contains(Verb, StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var problems = 0;
        foreach (var check in scope.ServiceProvider.GetServices<IIntegrityCheck>())
        {
            var found = await check.ProblemsAsync(ct);
            await output.WriteLineAsync($"{(found.Count == 0 ? "ok  " : "FAIL")} {check.Name}");
            foreach (var problem in found)
                await output.WriteLineAsync("     " + problem);
            problems += found.Count;
        }

        await output.WriteLineAsync(problems == 0 ? "Integrity check passed." : $"Integrity check failed: {problems} problem(s).");
        return problems == 0 ? 0 : 1;
    }
}
