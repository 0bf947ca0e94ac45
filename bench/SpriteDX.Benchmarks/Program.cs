using System.Globalization;
using SpriteDX.Benchmarks.Harness;

// bench/run builds this in Release and runs it: every metric against its baseline measured in the same
// run, printed as `metric <name> ratio=<x> target=<y>` plus raw figures, then stored in bench/results.
// Exit code: 0 when no load saw an error (missed targets are reported, not failed); 1 on any error.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: SpriteDX.Benchmarks --repo <root> --host-dll <path> [--quick | --load] [--commit <sha>] [--dirty] [--results <dir>] [--only name,name] [--host-env KEY=VALUE]... [--postgres <server connection string>]");
    return 2;
}

var profile = options.Load ? Profile.Load : options.Quick ? Profile.Quick : Profile.Full;
if (options.Postgres is not null)
    profile = profile.OnPostgres();
using var budget = new CancellationTokenSource(profile.RunBudget);
var database = options.Postgres is { } server ? await BenchDatabase.PostgresAsync(server, budget.Token) : BenchDatabase.Sqlite();
Console.WriteLine($"SpriteDX benchmarks: {profile.Name} run, commit {options.Commit}{(options.Dirty ? "+dirty" : "")}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}"
                  + (options.HostEnvironment.Count == 0 ? "" : $", Host environment {string.Join(' ', options.HostEnvironment.Select(e => $"{e.Key}={e.Value}"))}"));
Console.WriteLine($"database: {database.Description}");

var results = new List<MetricResult>();
var artifacts = Path.Combine(options.Repo, "bench", "artifacts");
await using (var context = new BenchContext(profile, database, options.Repo, options.HostDll, artifacts, options.HostEnvironment))
{
    foreach (var metric in MetricCatalog.All())
    {
        if (options.Only is { } only && !only.Contains(metric.Name))
            continue;
        Log.Progress($"metric {metric.Name}: running");
        MetricResult result;
        try
        {
            result = await metric.RunAsync(context, budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            result = MetricResult.Failed(metric, $"the run's time budget ({profile.RunBudget.TotalMinutes:0} min) ran out");
        }
        catch (Exception ex)
        {
            context.RunningHost?.MarkFailed();
            result = MetricResult.Failed(metric, ex.GetBaseException().Message.ReplaceLineEndings(" "));
            Log.Progress(ex.ToString());
        }

        results.Add(result);
        Print(result);
    }
}

var at = DateTimeOffset.UtcNow;
var run = RunRecord.From(results, options.Commit, options.Dirty, profile, database, at) with { HostEnvironment = options.HostEnvironment };
// A partial run (--only) or an experiment (--host-env) is kept apart, so it never becomes "the previous result".
var resultsDirectory = options.Only is null && options.HostEnvironment.Count == 0 ? options.Results : Path.Combine(artifacts, "results");
var (jsonPath, svgPath, latest, previous) = ResultsWriter.Write(run, resultsDirectory, at);
Console.WriteLine();
Console.WriteLine($"results: {Relative(jsonPath)} (and {latest}.json), chart: {Relative(svgPath)} (and {latest}.svg), compared with: {(previous is null ? "no previous result" : Relative(previous))}");
Console.WriteLine("summary:");
foreach (var r in results)
{
    var verdict = r.Status switch
    {
        MetricStatus.Measured => r.Met == true ? "met" : "MISSED",
        MetricStatus.Skipped => "skipped",
        _ => "FAILED",
    };
    Console.WriteLine($"  {r.Name,-22} {(r.Ratio is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-"),8}  target {r.Target.ToString("0.00", CultureInfo.InvariantCulture),5}  {verdict}{(r.Errors > 0 ? $"  errors={r.Errors}" : "")}");
}

var errors = results.Sum(r => r.Errors);
if (errors > 0)
{
    Console.WriteLine($"{errors} error(s) during the run: exit 1");
    return 1;
}

return 0;

string Relative(string path) => Path.GetRelativePath(options.Repo, path);

static void Print(MetricResult r)
{
    static string F(double v) => double.IsFinite(v) ? v.ToString(Math.Abs(v) >= 100 ? "0.#" : "0.###", CultureInfo.InvariantCulture) : "n/a";
    switch (r.Status)
    {
        case MetricStatus.Measured:
            Console.WriteLine($"metric {r.Name} ratio={r.Ratio!.Value.ToString("0.000", CultureInfo.InvariantCulture)} target={r.Target.ToString("0.00", CultureInfo.InvariantCulture)}");
            break;
        case MetricStatus.Skipped:
            Console.WriteLine($"metric {r.Name} skipped reason={r.Reason}");
            break;
        default:
            Console.WriteLine($"metric {r.Name} failed reason={r.Reason}");
            break;
    }

    foreach (var (part, figures) in r.Figures)
        Console.WriteLine($"  {r.Name}.{part}: {string.Join(' ', figures.Select(f => $"{f.Key}={F(f.Value)}"))}");
    if (r.Status == MetricStatus.Measured || r.Errors > 0)
        Console.WriteLine($"  {r.Name}.errors: {r.Errors}{(r.Status == MetricStatus.Measured ? $" met={(r.Met == true ? "yes" : "no")}" : "")}");
    foreach (var note in r.Notes)
        Console.WriteLine($"  {r.Name}.note: {note}");
}

internal sealed record Options(
    string Repo, string HostDll, bool Quick, bool Load, string Commit, bool Dirty, string Results, IReadOnlySet<string>? Only, IReadOnlyDictionary<string, string> HostEnvironment,
    string? Postgres)
{
    public static Options? Parse(string[] args)
    {
        string? repo = null, hostDll = null, results = null, postgres = null, commit = "unknown";
        bool quick = false, load = false, dirty = false;
        HashSet<string>? only = null;
        var hostEnvironment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--repo": repo = Path.GetFullPath(Next()); break;
                case "--host-dll": hostDll = Path.GetFullPath(Next()); break;
                case "--results": results = Path.GetFullPath(Next()); break;
                case "--commit": commit = Next(); break;
                case "--quick": quick = true; break;
                case "--load": load = true; break;
                case "--dirty": dirty = true; break;
                case "--postgres": postgres = Next(); break;
                case "--only": only = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--host-env":
                    var pair = Next().Split('=', 2);
                    if (pair.Length != 2)
                        return null;
                    hostEnvironment[pair[0]] = pair[1];
                    break;
                default: return null;
            }
        }

        if (repo is null || hostDll is null || (quick && load))
            return null;
        // The load check (issue 10) is the memory metric's mixed load, sustained; it is kept out of bench/results.
        if (load)
            only = ["memory"];
        return new Options(repo, hostDll, quick, load, commit, dirty, results ?? Path.Combine(repo, "bench", "results"), only, hostEnvironment, postgres);
    }
}
