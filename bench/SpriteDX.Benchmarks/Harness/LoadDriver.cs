using System.Collections.Concurrent;
using System.Diagnostics;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>
/// A small closed-loop load driver: a fixed number of workers each run one operation at a time until
/// either the request budget or the time budget is spent. It always stops by itself.
/// </summary>
internal static class LoadDriver
{
    /// <param name="operation">Runs request number i; returns the kind of request (for per-kind figures) and whether it succeeded.</param>
    public static async Task<LoadResult> RunAsync(
        int concurrency, int maxRequests, TimeSpan maxDuration, Func<int, CancellationToken, Task<(string Kind, bool Ok)>> operation, CancellationToken ct)
    {
        var issued = -1;
        var errors = 0L;
        var byKind = new ConcurrentDictionary<string, Latencies>();
        var all = new Latencies();
        var firstErrors = new ConcurrentQueue<string>();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(maxDuration);
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync()
        {
            int i;
            while (!budget.IsCancellationRequested && (i = Interlocked.Increment(ref issued)) < maxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                string kind;
                bool ok;
                try
                {
                    (kind, ok) = await operation(i, budget.Token);
                }
                catch (OperationCanceledException) when (budget.IsCancellationRequested)
                {
                    break; // the time budget ran out mid-request: not an error of the Host
                }
                catch (Exception ex)
                {
                    (kind, ok) = ("exception", false);
                    if (firstErrors.Count < 5)
                        firstErrors.Enqueue(ex.GetBaseException().Message);
                }

                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                all.Add(ms);
                byKind.GetOrAdd(kind, _ => new Latencies()).Add(ms);
                if (!ok)
                    Interlocked.Increment(ref errors);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, CancellationToken.None)));
        clock.Stop();
        ct.ThrowIfCancellationRequested();
        return new LoadResult(all, byKind, Interlocked.Read(ref errors), clock.Elapsed, [.. firstErrors]);
    }
}

internal sealed record LoadResult(Latencies All, IReadOnlyDictionary<string, Latencies> ByKind, long Errors, TimeSpan Elapsed, IReadOnlyList<string> FirstErrors)
{
    public double Throughput => All.Count / Elapsed.TotalSeconds;
}
