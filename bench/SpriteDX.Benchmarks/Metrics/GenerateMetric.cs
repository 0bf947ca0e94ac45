using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using SkiaSharp;
using SpriteDX.Benchmarks.Harness;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// Sprites rendered per second by the default generator (ProceduralSpriteGenerator: interpretation,
/// seeded design, animation frames, outline, 1× sheet; then the first frame upscaled to display size as the page loads it) against SkiaSharp drawing and
/// encoding a blank PNG of the same size — a BenchmarkDotNet micro-benchmark, run in-process.
/// </summary>
internal sealed class GenerateMetric : IMetric
{
    public string Name => "generate";

    public double Target => 0.05;

    public int Order => 20;

    public Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var bdn = Path.Combine(context.ArtifactsDirectory, "benchmarkdotnet");
        Directory.CreateDirectory(bdn);
        var logPath = Path.Combine(bdn, "generate.log");
        using var log = new StreamLogger(logPath);
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(profile.GenerateWarmupCount)
            .WithIterationCount(profile.GenerateIterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(profile.GenerateIterationMs))
            .WithId(profile.Name);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(log)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .WithArtifactsPath(bdn)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

        Log.Progress($"generate: BenchmarkDotNet in-process ({profile.GenerateWarmupCount} warm-up + {profile.GenerateIterationCount} iterations of ~{profile.GenerateIterationMs} ms per benchmark); log in {Path.GetRelativePath(context.RepositoryRoot, logPath)}");
        ct.ThrowIfCancellationRequested();
        var summary = BenchmarkRunner.Run<GenerateBenchmarks>(config);

        var figures = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        var medians = new Dictionary<string, double>();
        var errors = 0L;
        foreach (var report in summary.Reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var stats = report.ResultStatistics;
            if (!report.Success || stats is null)
            {
                errors++;
                continue;
            }

            medians[method] = stats.Median;
            figures[method == nameof(GenerateBenchmarks.Sprite) ? "generator" : "blank_png"] = new Dictionary<string, double>
            {
                ["throughput_per_s"] = 1e9 / stats.Median,
                ["p50_ms"] = stats.Median / 1e6,
                ["p95_ms"] = stats.Percentiles.P95 / 1e6,
                ["p99_ms"] = stats.Percentiles.Percentile(99) / 1e6,
                ["iterations"] = stats.N,
                ["allocated_kb_per_op"] = (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / 1024.0,
                ["errors"] = 0,
            };
        }

        errors += summary.ValidationErrors.Count(e => e.IsCritical);
        if (!medians.TryGetValue(nameof(GenerateBenchmarks.Sprite), out var sprite) || !medians.TryGetValue(nameof(GenerateBenchmarks.BlankPng), out var blank))
            return Task.FromResult(MetricResult.Failed(this, $"BenchmarkDotNet produced no result; see {logPath}") with { Errors = Math.Max(1, errors) });

        return Task.FromResult(new MetricResult(Name, MetricStatus.Measured, Target)
        {
            Ratio = blank / sprite, // (sprites per second) / (blank PNGs per second)
            Errors = errors,
            Figures = figures,
            Notes =
            [
                $"prompts cycled: {string.Join(" | ", GenerateBenchmarks.Prompts)}; PNG sizes {string.Join(",", GenerateBenchmarks.SizesFor().Distinct())} px",
                "percentiles are of BenchmarkDotNet iteration means (per operation); allocated = managed bytes per operation",
            ],
        });
    }
}

/// <summary>The BenchmarkDotNet class: must be public and unsealed for BenchmarkDotNet.</summary>
[MemoryDiagnoser]
#pragma warning disable CA1515 // BenchmarkDotNet needs the benchmark class public
public class GenerateBenchmarks
#pragma warning restore CA1515
{
    /// <summary>A spread of the generator's designs and both grid sizes (32 → 256 px PNG, "detailed" 64 → 512 px).</summary>
    internal static readonly string[] Prompts =
    [
        "a brave knight with a red cape",
        "green slime monster",
        "detailed fire dragon",
        "wizard with a purple hat",
        "health potion",
        "golden treasure chest",
        "ghost",
        "detailed robot warrior",
    ];

    private readonly ProceduralSpriteGenerator _generator = new();
    private int[] _sizes = [];
    private int _next;

    internal static int[] SizesFor()
    {
        var generator = new ProceduralSpriteGenerator();
        return Prompts.Select(p => DisplaySize(generator.RenderAsync(new SpriteRequest(p, 1), null, CancellationToken.None).GetAwaiter().GetResult().GridSize)).ToArray();
    }

    [GlobalSetup]
    public void Setup() => _sizes = SizesFor();

    /// <summary>
    /// One sprite as a person first sees it: the render job draws its frames into a 1× sheet (on the thread pool),
    /// and the page loads its first frame at display size.
    /// </summary>
    [Benchmark]
    public int Sprite()
    {
        var i = _next++;
        var sprite = _generator.RenderAsync(new SpriteRequest(Prompts[i % Prompts.Length], i), null, CancellationToken.None).GetAwaiter().GetResult();
        var grid = sprite.GridSize;
        return SpriteSheets.Scale(sprite.SheetPng, grid, DisplaySize(grid) / grid, frame: 0).Length;
    }

    private static int DisplaySize(int grid) => Math.Min(grid * 8, 512);

    /// <summary>The baseline: a transparent bitmap of the same size, cleared on a canvas and encoded as PNG.</summary>
    [Benchmark(Baseline = true)]
    public int BlankPng()
    {
        var size = _sizes[_next++ % _sizes.Length];
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
            canvas.Clear(SKColors.Transparent);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray().Length;
    }
}
