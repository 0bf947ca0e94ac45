using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation;

/// <summary>
/// Money integrity under seeded schedules of operations and faults (issue #22). CI runs a fixed set of seeds
/// (on PostgreSQL too when SPRITEDX_TEST_POSTGRES is set); `sim/run` runs any seed, as long as wanted.
/// </summary>
[NonParallelizable] // Hangfire keeps statics; one host at a time
public sealed class SimulationTests
{
    private const int StepsPerSeed = 60;

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task A_seeded_schedule_keeps_every_money_invariant(int seed)
    {
        var report = await Simulator.RunAsync(new SimulationOptions(seed, StepsPerSeed), TestContext.Progress);

        report.Violation.Should().BeNull();
        report.StepsRun.Should().Be(StepsPerSeed);
    }

    /// <summary>The harness's own check: a fulfilment that credits a purchase twice (a DI decoration, never in production code) is caught.</summary>
    [Test]
    public async Task A_fulfilment_that_credits_twice_is_caught()
    {
        var report = await Simulator.RunAsync(new SimulationOptions(Seed: 7, Steps: 300, CreditTwice: true) { SettleEvery = 20 }, TestContext.Progress);

        report.Violation.Should().NotBeNull().And.Contain("no purchase credit without a paid purchase");
    }

    /// <summary>What `sim/run` runs: SIM_SEED (or SIM_SEEDS=first-last) and SIM_STEPS from the environment.</summary>
    [Test]
    [Explicit("run by sim/run")]
    public async Task Run_from_the_command_line()
    {
        var steps = int.Parse(Environment.GetEnvironmentVariable("SIM_STEPS") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        var seeds = Environment.GetEnvironmentVariable("SIM_SEEDS") is { Length: > 0 } range
            ? Enumerable.Range(int.Parse(range.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(range.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture) - int.Parse(range.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture) + 1)
            : [int.Parse(Environment.GetEnvironmentVariable("SIM_SEED") ?? "1", System.Globalization.CultureInfo.InvariantCulture)];
        var reports = new List<SimulationReport>();
        foreach (var seed in seeds)
            reports.Add(await Simulator.RunAsync(new SimulationOptions(seed, steps), TestContext.Progress));

        var faults = reports.SelectMany(r => r.Faults).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        var seconds = reports.Sum(r => r.Elapsed.TotalSeconds);
        TestContext.Progress.WriteLine(
            $"TOTAL on {(TestPostgres.Enabled ? "PostgreSQL" : "SQLite")}: {reports.Count} seeds ({string.Join(",", seeds)}), " +
            $"{reports.Sum(r => r.OperationCount)} operations and {reports.Sum(r => r.FaultCount)} faults in {seconds:0} s " +
            $"({reports.Sum(r => r.StepsRun) / seconds:0.0} steps/s), {reports.Count(r => r.Violation is not null)} with a violation");
        TestContext.Progress.WriteLine("  faults by kind: " + string.Join(", ", faults.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value}")));
        var topUps = reports.SelectMany(r => r.TopUps).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Sum(f => f.Value));
        TestContext.Progress.WriteLine("  automatic top-ups: " + string.Join(", ", topUps.OrderByDescending(f => f.Value).Select(f => $"{f.Key} {f.Value}")));
        reports.Where(r => r.Violation is not null).Should().BeEmpty();
    }
}
