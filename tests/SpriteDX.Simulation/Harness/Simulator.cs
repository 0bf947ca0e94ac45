using System.Diagnostics;
using System.Text;
using SpriteDX.Simulation.Steps;

namespace SpriteDX.Simulation.Harness;

internal sealed record SimulationOptions(int Seed, int Steps, bool CreditTwice = false)
{
    /// <summary>Every this many steps the faults are lifted, the app settles and every invariant is checked.</summary>
    public int SettleEvery { get; init; } = 50;

    /// <summary>The share of steps that inject a fault rather than run an operation, in percent.</summary>
    public int FaultPercent { get; init; } = 25;
}

internal sealed record SimulationReport(
    SimulationOptions Options, int StepsRun, TimeSpan Elapsed, TimeSpan Settling, IReadOnlyDictionary<string, int> Operations,
    IReadOnlyDictionary<string, int> Faults, IReadOnlyDictionary<string, int> TopUps, int FailedOperations, string? Violation)
{
    public int OperationCount => Operations.Values.Sum();

    public int FaultCount => Faults.Values.Sum();

    public override string ToString()
    {
        var text = new StringBuilder()
            .AppendLine($"seed {Options.Seed}: {StepsRun} steps ({OperationCount} operations, {FaultCount} faults) in {Elapsed.TotalSeconds:0.0} s, " +
                        $"{(StepsRun / Math.Max(Elapsed.TotalSeconds, 0.001)):0.0} steps/s ({Settling.TotalSeconds:0.0} s of it checking and settling); {FailedOperations} operations answered with an error")
            .AppendLine("  operations: " + string.Join(", ", Operations.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")))
            .AppendLine("  faults: " + string.Join(", ", Faults.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}")))
            .AppendLine("  automatic top-ups: " + (TopUps.Count == 0 ? "none" : string.Join(", ", TopUps.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"))));
        if (Violation is not null)
            text.AppendLine(Violation);
        return text.ToString();
    }
}

/// <summary>
/// Runs one seeded schedule against the real Host: each step draws, from the seed alone, an operation or a
/// fault and its choices; cheap invariants after every step; every so often (and after a host is killed,
/// and at the end) the faults are lifted, the app settles and every invariant is checked. The first
/// violation stops the run and names the seed, the step, the invariant and the account's trace.
/// </summary>
internal static class Simulator
{
    private static readonly IReadOnlyList<IStep> AllSteps = typeof(IStep).Assembly.GetTypes()
        .Where(t => typeof(IStep).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .OrderBy(t => t.Name, StringComparer.Ordinal) // a stable order: the same seed draws the same steps
        .Select(t => (IStep)Activator.CreateInstance(t)!)
        .ToList();

    public static async Task<SimulationReport> RunAsync(SimulationOptions options, TextWriter log)
    {
        var random = new Random(options.Seed);
        var clock = Stopwatch.StartNew();
        var settling = new Stopwatch();
        var failed = 0;
        string? violation = null;
        await using var world = await SimulationWorld.StartAsync(options.CreditTwice);
        while (world.Step < options.Steps && violation is null)
        {
            world.Step++;
            var kind = random.Next(100) < options.FaultPercent ? StepKind.Fault : StepKind.Operation;
            var (step, outcome, error) = await RunOneAsync(world, random, kind);
            if (step is not null)
            {
                world.Count(kind == StepKind.Fault ? world.FaultsInjected : world.OperationsRun, outcome ?? step.GetType().Name);
                if (error is not null)
                    failed++;
            }

            var settleNow = step is KillHost || world.Step % options.SettleEvery == 0 || world.Step == options.Steps;
            settling.Start();
            violation = Describe(options, world, settleNow ? await SettleAndCheckAsync(world) : await Invariants.CheapAsync(world));
            settling.Stop();
        }

        var report = new SimulationReport(options, world.Step, clock.Elapsed, settling.Elapsed, world.OperationsRun, world.FaultsInjected,
            await world.TopUpOutcomesAsync(), failed, violation);
        await log.WriteLineAsync(report.ToString());
        return report;
    }

    /// <summary>Draws steps of that kind until one applies (a few tries), and runs it; an error answer is part of the schedule, not a failure.</summary>
    private static async Task<(IStep? Step, string? Outcome, Exception? Error)> RunOneAsync(SimulationWorld world, Random random, StepKind kind)
    {
        var candidates = AllSteps.Where(s => s.Kind == kind).ToList();
        var total = candidates.Sum(s => s.Weight);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var roll = random.Next(total);
            var step = candidates.First(s => (roll -= s.Weight) < 0);
            try
            {
                if (await step.RunAsync(world, random) is { } outcome)
                    return (step, outcome, null);
            }
            catch (Exception ex)
            {
                foreach (var user in world.Users)
                    world.Trace(user.AccountId, $"(step {step.GetType().Name} failed: {ex.GetType().Name}: {FirstLine(ex.Message)})");
                return (step, step.GetType().Name, ex);
            }
        }

        return (null, null, null);
    }

    private static async Task<List<Violation>> SettleAndCheckAsync(SimulationWorld world)
    {
        if (await world.SettleAsync() is { } stuck)
            return [new Violation(stuck.StartsWith("recovery", StringComparison.Ordinal) ? "recovery is quick" : "the app settles", null, "nothing in flight", stuck)];
        return await Invariants.SettledAsync(world);
    }

    private static string? Describe(SimulationOptions options, SimulationWorld world, List<Violation> found)
    {
        if (found.Count == 0)
            return null;
        var text = new StringBuilder($"VIOLATION at seed {options.Seed}, step {world.Step}:").AppendLine();
        foreach (var violation in found.Take(5))
        {
            text.AppendLine($"  invariant: {violation.Invariant}")
                .AppendLine($"  account:   {violation.AccountId?.ToString() ?? "(none)"}")
                .AppendLine($"  expected:  {violation.Expected}")
                .AppendLine($"  actual:    {violation.Actual}");
            if (violation.AccountId is { } account)
                text.AppendLine("  trace:").AppendLine(world.TraceOf(account));
        }

        if (found.Count > 5)
            text.AppendLine($"  … and {found.Count - 5} more");
        text.AppendLine($"  reproduce: sim/run --seed {options.Seed} --steps {world.Step}");
        return text.ToString();
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
