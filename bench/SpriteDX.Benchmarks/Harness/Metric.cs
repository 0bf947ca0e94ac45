namespace SpriteDX.Benchmarks.Harness;

/// <summary>
/// One benchmark figure: a ratio against a baseline measured in the same run (higher is better).
/// Adding a metric is adding one class that implements this; <see cref="MetricCatalog"/> finds it.
/// </summary>
internal interface IMetric
{
    /// <summary>The name printed as `metric &lt;name&gt; …` and stored in the results file.</summary>
    string Name { get; }

    /// <summary>The ratio the metric should reach (issue 11).</summary>
    double Target { get; }

    /// <summary>Where the metric runs in the sequence; in-process metrics first, then those against the Host.</summary>
    int Order { get; }

    Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct);
}

internal enum MetricStatus
{
    Measured,
    Skipped,
    Failed,
}

/// <summary>What a metric found: its ratio, its raw figures (each printed on its own line) and the errors it saw.</summary>
internal sealed record MetricResult(string Name, MetricStatus Status, double Target)
{
    public double? Ratio { get; init; }

    /// <summary>Requests or operations that failed during the load; any makes the run exit non-zero.</summary>
    public long Errors { get; init; }

    /// <summary>Why the metric was skipped or failed.</summary>
    public string? Reason { get; init; }

    /// <summary>Raw figures: "subject" → {"throughput_per_s": 812.3, "p50_ms": 1.1, …}.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Figures { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>One-line notes on what was measured and how (printed after the figures).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool? Met => Ratio is { } ratio ? ratio >= Target : null;

    public static MetricResult Skipped(IMetric metric, string reason) =>
        new(metric.Name, MetricStatus.Skipped, metric.Target) { Reason = reason };

    public static MetricResult Failed(IMetric metric, string reason) =>
        new(metric.Name, MetricStatus.Failed, metric.Target) { Reason = reason, Errors = 1 };
}

/// <summary>Every metric in this assembly, in run order.</summary>
internal static class MetricCatalog
{
    public static IReadOnlyList<IMetric> All() =>
        typeof(IMetric).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMetric).IsAssignableFrom(t))
            .Select(t => (IMetric)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Order)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
}
