using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

internal enum StepKind
{
    /// <summary>Something a person, a bank or Stripe does.</summary>
    Operation,

    /// <summary>Something that goes wrong: injected, then lifted before the app is asked to settle.</summary>
    Fault,
}

/// <summary>
/// One thing the simulator may do at a step. Every non-abstract implementation in this assembly is in the
/// schedule (found by reflection): teaching the simulator a new money feature is adding one class.
/// </summary>
internal interface IStep
{
    StepKind Kind { get; }

    /// <summary>How often it is chosen, relative to the others of its kind.</summary>
    int Weight { get; }

    /// <summary>Does it, with choices drawn from <paramref name="random"/> only; null when it does not apply now (nothing to pay, …).</summary>
    Task<string?> RunAsync(SimulationWorld world, Random random);
}

internal static class Pick
{
    public static T? One<T>(Random random, IReadOnlyList<T> items) where T : class => items.Count == 0 ? null : items[random.Next(items.Count)];

    public static SimulatedUser? User(SimulationWorld world, Random random) => One(random, world.Users.Where(u => !u.Deleted).ToList());

    /// <summary>A checkout of a user still here, with that user.</summary>
    public static (SimulatedUser User, StartedCheckout Checkout)? Checkout(SimulationWorld world, Random random) =>
        One(random, world.Users.Where(u => !u.Deleted).SelectMany(u => u.Checkouts.Select(c => new Tuple<SimulatedUser, StartedCheckout>(u, c))).ToList())
            is { } chosen ? (chosen.Item1, chosen.Item2) : null;

    public static bool Livemode(string sessionId) => sessionId.StartsWith("cs_live_", StringComparison.Ordinal);
}
