namespace SpriteDX.Benchmarks.Harness;

/// <summary>How much work a run does: `--quick` (under 5 minutes on 2 cores) or the full run (under 20).</summary>
internal sealed record Profile(
    string Name,
    TimeSpan RunBudget,
    int SpendWarmup,
    int SpendRounds,
    int SpendOpsPerRound,
    int GenerateWarmupCount,
    int GenerateIterationCount,
    int GenerateIterationMs,
    int BillingWarmup,
    int BillingRounds,
    int BillingRequestsPerRound,
    int MixedConcurrency,
    int MixedMaxRequests,
    TimeSpan MixedDuration,
    int MixedMaxGenerations,
    int WebhookWarmup,
    int WebhookRounds,
    int WebhookRequestsPerRound,
    int WebhookConcurrency,
    TimeSpan WebhookDrainLimit,
    int PurchaseWarmup,
    int PurchaseRounds,
    int PurchasesPerRound,
    int PurchaseConcurrency)
{
    public static readonly Profile Quick = new(
        "quick", RunBudget: TimeSpan.FromMinutes(4),
        SpendWarmup: 100, SpendRounds: 5, SpendOpsPerRound: 200,
        GenerateWarmupCount: 2, GenerateIterationCount: 6, GenerateIterationMs: 250,
        BillingWarmup: 20, BillingRounds: 5, BillingRequestsPerRound: 20,
        MixedConcurrency: 8, MixedMaxRequests: 3_000, MixedDuration: TimeSpan.FromSeconds(15), MixedMaxGenerations: 120,
        WebhookWarmup: 100, WebhookRounds: 5, WebhookRequestsPerRound: 300, WebhookConcurrency: 8, WebhookDrainLimit: TimeSpan.FromSeconds(120),
        PurchaseWarmup: 4, PurchaseRounds: 3, PurchasesPerRound: 12, PurchaseConcurrency: 4);

    public static readonly Profile Full = new(
        "full", RunBudget: TimeSpan.FromMinutes(17),
        SpendWarmup: 500, SpendRounds: 9, SpendOpsPerRound: 1_000,
        GenerateWarmupCount: 4, GenerateIterationCount: 15, GenerateIterationMs: 500,
        BillingWarmup: 50, BillingRounds: 9, BillingRequestsPerRound: 50,
        MixedConcurrency: 16, MixedMaxRequests: 20_000, MixedDuration: TimeSpan.FromSeconds(75), MixedMaxGenerations: 600,
        WebhookWarmup: 300, WebhookRounds: 9, WebhookRequestsPerRound: 1_500, WebhookConcurrency: 16, WebhookDrainLimit: TimeSpan.FromSeconds(600),
        PurchaseWarmup: 8, PurchaseRounds: 5, PurchasesPerRound: 40, PurchaseConcurrency: 8);

    /// <summary>
    /// The same profile on PostgreSQL: the budget grows by the time the Host may take to reconcile the webhook
    /// backlog (background jobs in PostgreSQL commit durably, step by step) and a minute for migrating a
    /// database per Host. bench/run's outer timeout grows to match.
    /// </summary>
    public Profile OnPostgres() => this with { RunBudget = RunBudget + WebhookDrainLimit + TimeSpan.FromMinutes(1) };

    /// <summary>
    /// `bench/run --load` (issue 10): only the mixed load of the memory metric, sustained for a fixed two
    /// minutes (the request cap is far above what two minutes allow, so time is what stops it).
    /// </summary>
    public static readonly Profile Load = Full with
    {
        Name = "load", RunBudget = TimeSpan.FromMinutes(6),
        MixedConcurrency = 16, MixedMaxRequests = 1_000_000, MixedDuration = TimeSpan.FromMinutes(2), MixedMaxGenerations = 1_500,
    };
}

/// <summary>What every metric shares: the profile, the database, paths, a scratch directory and the Host (started once, on demand).</summary>
internal sealed class BenchContext(
    Profile profile, BenchDatabase database, string repositoryRoot, string hostDll, string artifactsDirectory, IReadOnlyDictionary<string, string> hostEnvironment) : IAsyncDisposable
{
    private HostSession? _host;
    private Exception? _hostFailure;

    public Profile Profile => profile;

    /// <summary>SQLite files or PostgreSQL (bench/run --postgres): where the Host and the in-process modules keep their data.</summary>
    public BenchDatabase Database => database;

    public string RepositoryRoot => repositoryRoot;

    /// <summary>bench/artifacts: build output, BenchmarkDotNet's files, Host logs of failed runs (git-ignored).</summary>
    public string ArtifactsDirectory => artifactsDirectory;

    /// <summary>A new empty directory under the system temp folder, removed when the run ends.</summary>
    public string NewScratchDirectory(string purpose)
    {
        var path = Path.Combine(ScratchRoot, $"{purpose}-{Guid.NewGuid().ToString("n")[..8]}");
        Directory.CreateDirectory(path);
        return path;
    }

    public string ScratchRoot { get; } = Path.Combine(Path.GetTempPath(), "spritedx-bench", Guid.NewGuid().ToString("n"));

    /// <summary>The real Host as its own process on a loopback port, started on first use and shared by later metrics.</summary>
    public async Task<HostSession> HostAsync(CancellationToken ct)
    {
        if (_hostFailure is not null)
            throw new InvalidOperationException("The Host did not start earlier in this run: " + _hostFailure.Message, _hostFailure);
        if (_host is null)
        {
            Log.Progress($"starting the Host (Release) on a loopback port with a temp data directory ({database.Name})");
            try
            {
                var place = database.NewPlace(NewScratchDirectory("host"), "host");
                _host = await HostSession.StartAsync(hostDll, Path.Combine(repositoryRoot, "src", "Host"), place, artifactsDirectory, hostEnvironment, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _hostFailure = ex;
                throw;
            }
        }

        return _host;
    }

    public HostSession? RunningHost => _host;

    /// <summary>Another Host beside the shared one, with settings of its own on top of the run's, for one metric to compare; the caller disposes it.</summary>
    public Task<HostSession> StartSeparateHostAsync(string purpose, IReadOnlyDictionary<string, string> environment, CancellationToken ct)
    {
        Log.Progress($"starting a separate Host ({purpose}: {string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}"))})");
        var place = database.NewPlace(NewScratchDirectory(purpose), purpose);
        var merged = new Dictionary<string, string>(hostEnvironment);
        foreach (var (key, value) in environment)
            merged[key] = value;
        return HostSession.StartAsync(hostDll, Path.Combine(repositoryRoot, "src", "Host"), place, artifactsDirectory, merged, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        try
        {
            Directory.Delete(ScratchRoot, recursive: true);
        }
        catch (IOException)
        {
            // a file still held for a moment; it is under the temp folder
        }
    }
}

/// <summary>Progress goes to stderr, so stdout holds only the metric lines and their figures.</summary>
internal static class Log
{
    private static readonly DateTime Started = DateTime.UtcNow;

    public static void Progress(string message) =>
        Console.Error.WriteLine($"[{(DateTime.UtcNow - Started).TotalSeconds,6:0.0}s] {message}");
}
