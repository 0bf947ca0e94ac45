using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>One run's results as stored in bench/results (schema 1; a file without "database" is a SQLite run).</summary>
internal sealed record RunRecord(
    int Schema, string Date, string Commit, bool Dirty, string Profile, DatabaseRecord Database, MachineRecord Machine, IReadOnlyList<MetricRecord> Metrics)
{
    /// <summary>Extra environment given to the Host for an experiment (empty for a normal run).</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public static RunRecord From(IReadOnlyList<MetricResult> results, string commit, bool dirty, Profile profile, BenchDatabase database, DateTimeOffset at) => new(
        1,
        at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        commit,
        dirty,
        profile.Name,
        new DatabaseRecord(database.Name, database.Description),
        new MachineRecord(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription),
        results.Select(MetricRecord.From).ToList());
}

/// <summary>"sqlite" or "postgres", and what exactly (version, durability settings).</summary>
internal sealed record DatabaseRecord(string Provider, string Description);

internal sealed record MachineRecord(int Cores, string Os, string Runtime);

internal sealed record MetricRecord(
    string Name, string Status, double? Ratio, double Target, bool? Met, long Errors, string? Reason,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Figures, IReadOnlyList<string> Notes)
{
    public static MetricRecord From(MetricResult r) => new(
        r.Name, r.Status.ToString().ToLowerInvariant(), Round(r.Ratio), r.Target, r.Met, r.Errors, r.Reason,
        r.Figures.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, double>)f.Value.Where(v => double.IsFinite(v.Value)).ToDictionary(v => v.Key, v => Round(v.Value)!.Value)),
        r.Notes);

    private static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 4) : null;
}

/// <summary>
/// Writes bench/results/&lt;date&gt;-&lt;commit&gt;.json, latest.json and an SVG chart of the latest run against the
/// previous one. A PostgreSQL run is a series of its own: &lt;date&gt;-&lt;commit&gt;-postgres.json, latest-postgres.json,
/// compared only with the previous PostgreSQL run (and a SQLite run only with SQLite runs).
/// </summary>
internal static class ResultsWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <returns>The run's files, the name of its series' latest copies (without extension), and the run compared with.</returns>
    public static (string Json, string Svg, string Latest, string? Previous) Write(RunRecord run, string resultsDirectory, DateTimeOffset at)
    {
        Directory.CreateDirectory(resultsDirectory);
        var series = run.Database.Provider == BenchDatabase.SqliteName ? "" : "-" + run.Database.Provider;
        var stem = $"{at.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture)}-{run.Commit}{series}";
        var previous = FindPrevious(resultsDirectory, run.Database.Provider);

        var json = JsonSerializer.Serialize(run, Json);
        var jsonPath = Path.Combine(resultsDirectory, stem + ".json");
        File.WriteAllText(jsonPath, json + "\n");
        File.WriteAllText(Path.Combine(resultsDirectory, $"latest{series}.json"), json + "\n");

        var svg = Chart(run, previous?.Run);
        var svgPath = Path.Combine(resultsDirectory, stem + ".svg");
        File.WriteAllText(svgPath, svg);
        File.WriteAllText(Path.Combine(resultsDirectory, $"latest{series}.svg"), svg);
        return (jsonPath, svgPath, $"latest{series}", previous?.Path);
    }

    /// <summary>The newest earlier run on the same database in the folder (by its recorded date), whether committed or only local.</summary>
    private static (string Path, PreviousRun Run)? FindPrevious(string resultsDirectory, string provider)
    {
        (string Path, PreviousRun Run)? best = null;
        foreach (var path in Directory.EnumerateFiles(resultsDirectory, "*.json"))
        {
            if (Path.GetFileName(path).StartsWith("latest", StringComparison.Ordinal))
                continue;
            var run = PreviousRun.TryRead(path);
            if (run is not null && run.Provider == provider && (best is null || string.CompareOrdinal(run.Date, best.Value.Run.Date) > 0))
                best = (path, run);
        }

        return best;
    }

    private sealed record PreviousRun(string Date, string Commit, string Profile, string Provider, Dictionary<string, double?> Ratios)
    {
        public static PreviousRun? TryRead(string path)
        {
            try
            {
                var root = JsonNode.Parse(File.ReadAllText(path))!;
                var ratios = root["metrics"]!.AsArray()
                    .ToDictionary(m => (string)m!["name"]!, m => m!["ratio"] is JsonValue v && v.TryGetValue<double>(out var d) ? d : (double?)null);
                return new PreviousRun((string)root["date"]!, (string)root["commit"]!, (string?)root["profile"] ?? "?", (string?)root["database"]?["provider"] ?? BenchDatabase.SqliteName, ratios);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or IOException or ArgumentException)
            {
                return null;
            }
        }
    }

    private static string Chart(RunRecord latest, PreviousRun? previous)
    {
        const int width = 760, left = 190, right = 110, rowHeight = 46, top = 84;
        var plot = width - left - right;
        var metrics = latest.Metrics;
        var height = top + (rowHeight * metrics.Count) + 40;
        var values = metrics.SelectMany(m => new[] { m.Ratio, previous?.Ratios.GetValueOrDefault(m.Name), (double?)m.Target })
            .Where(v => v is not null).Select(v => v!.Value).ToList();
        var max = Math.Min(3.0, Math.Max(1.2, values.Count == 0 ? 1 : values.Max() * 1.05));
        double X(double v) => left + (Math.Min(v, max) / max * plot);
        static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        static string E(string s) => WebUtility.HtmlEncode(s);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12">""").Append('\n');
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="12" y="22" font-size="15" font-weight="600">SpriteDX benchmarks{(latest.Database.Provider == BenchDatabase.SqliteName ? "" : " on " + E(latest.Database.Provider))}: ratio against the in-run baseline (higher is better)</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="12" y="34" width="12" height="10" fill="#9aa3ad"/><text x="28" y="43">previous {E(previous is null ? "(none)" : $"{previous.Commit} {previous.Date} ({previous.Profile})")}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="12" y="50" width="6" height="10" fill="#2f6fde"/><rect x="18" y="50" width="6" height="10" fill="#d9822b"/><text x="28" y="59">latest (orange: below target) {E($"{latest.Commit}{(latest.Dirty ? "+dirty" : "")} {latest.Date} ({latest.Profile})")}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" y1="{top - 6}" x2="{left}" y2="{height - 34}" stroke="#333"/>""").Append('\n');
        for (var tick = 0.0; tick <= max + 1e-9; tick += max > 2 ? 0.5 : 0.25)
        {
            var x = X(tick);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:0.#}" y1="{top - 6}" x2="{x:0.#}" y2="{height - 34}" stroke="#e3e6ea"/><text x="{x:0.#}" y="{height - 20}" text-anchor="middle" fill="#555">{F(tick)}</text>""").Append('\n');
        }

        for (var i = 0; i < metrics.Count; i++)
        {
            var m = metrics[i];
            var y = top + (i * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 10}" y="{y + 22}" text-anchor="end" font-weight="600">{E(m.Name)}</text>""").Append('\n');
            var before = previous?.Ratios.GetValueOrDefault(m.Name);
            if (before is { } b)
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{y + 4}" width="{X(b) - left:0.#}" height="14" fill="#9aa3ad"><title>previous {F(b)}</title></rect><text x="{X(b) + 4:0.#}" y="{y + 15}" fill="#555">{F(b)}</text>""").Append('\n');
            if (m.Ratio is { } r)
            {
                var colour = m.Met == true ? "#2f6fde" : "#d9822b";
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{y + 20}" width="{X(r) - left:0.#}" height="16" fill="{colour}"><title>latest {F(r)}</title></rect><text x="{X(r) + 4:0.#}" y="{y + 32}" font-weight="600">{F(r)}{(r > max ? " ›" : "")}</text>""").Append('\n');
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left + 6}" y="{y + 32}" fill="#777" font-style="italic">{E(m.Status)}{(m.Reason is null ? "" : ": " + E(m.Reason.Length > 48 ? m.Reason[..48] + "…" : m.Reason))}</text>""").Append('\n');
            }

            var t = X(m.Target);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{t:0.#}" y1="{y + 1}" x2="{t:0.#}" y2="{y + 39}" stroke="#c0392b" stroke-width="2" stroke-dasharray="4 3"><title>target {F(m.Target)}</title></line>""").Append('\n');
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width - right + 8}" y="{y + 26}" fill="#c0392b">target ≥ {F(m.Target)}</text>""").Append('\n');
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }
}
