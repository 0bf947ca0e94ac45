using System.Diagnostics;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>Latencies of one kind of operation, in milliseconds, and what they add up to.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _ms.Count;
        }
    }

    public void Add(double milliseconds)
    {
        lock (_gate)
            _ms.Add(milliseconds);
    }

    public void AddRange(Latencies other)
    {
        double[] copy;
        lock (other._gate)
            copy = [.. other._ms];
        lock (_gate)
            _ms.AddRange(copy);
    }

    public void Add(long startTimestamp) => Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    public double Percentile(double p)
    {
        lock (_gate)
            return Stats.Percentile(_ms, p);
    }

    /// <summary>p50, p95, p99 and max in ms, for the raw figures of a metric.</summary>
    public Dictionary<string, double> Summary(string prefix = "")
    {
        lock (_gate)
        {
            return new Dictionary<string, double>
            {
                [prefix + "count"] = _ms.Count,
                [prefix + "p50_ms"] = Stats.Percentile(_ms, 50),
                [prefix + "p95_ms"] = Stats.Percentile(_ms, 95),
                [prefix + "p99_ms"] = Stats.Percentile(_ms, 99),
                [prefix + "max_ms"] = _ms.Count == 0 ? double.NaN : _ms.Max(),
            };
        }
    }
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile; NaN for no values.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    /// <summary>Spread of round results, (max − min) / median, to show how noisy a figure was.</summary>
    public static double Spread(IReadOnlyCollection<double> values) =>
        values.Count == 0 ? double.NaN : (values.Max() - values.Min()) / Median(values);
}
