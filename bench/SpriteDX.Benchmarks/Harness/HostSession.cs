using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>
/// The real SpriteDX Host (the Release build of src/Host) as its own process, listening on a free
/// 127.0.0.1 port with a temporary data directory (and on PostgreSQL a database of its own), so its memory is its own and is read from
/// /proc/&lt;pid&gt;/status (VmHWM = peak resident set size) while the harness drives it over HTTP.
/// </summary>
internal sealed partial class HostSession : IAsyncDisposable
{
    /// <summary>Sign-up bonus the benchmark Host grants, so load users never run out of credits.</summary>
    public const long SignupBonus = 1_000_000;

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string _logPath;
    private readonly string _artifactsDirectory;
    private readonly CancellationTokenSource _stopSampling = new();
    private readonly Task _sampler;
    private long _peakSampledKb;
    private bool _failed;

    private HostSession(Process process, Uri baseAddress, DatabaseOptions database, StreamWriter log, string logPath, string artifactsDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        Database = database;
        _log = log;
        _logPath = logPath;
        _artifactsDirectory = artifactsDirectory;
        _sampler = Task.Run(SampleAsync);
    }

    public Uri BaseAddress { get; }

    /// <summary>The Host's database settings, as given to it through its environment.</summary>
    public DatabaseOptions Database { get; }

    public int ProcessId => _process.Id;

    /// <summary>Resident memory once /healthz first answered (migrations done, nothing served yet).</summary>
    public long RssAtStartBytes { get; private set; }

    /// <param name="extraEnvironment">Experiments only (bench/run --host-env KEY=VALUE), such as DOTNET_gcServer=0.</param>
    public static async Task<HostSession> StartAsync(
        string hostDll, string contentRoot, DatabaseOptions database, string artifactsDirectory, IReadOnlyDictionary<string, string> extraEnvironment, CancellationToken ct)
    {
        if (!File.Exists(hostDll))
            throw new FileNotFoundException($"The Host build is missing: {hostDll} (bench/run builds it).");
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["SpriteDX__DataDir"] = database.DataDirectory;
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Postgres"] = database.PostgresConnectionString;
        start.Environment["Credits__SignupBonus"] = SignupBonus.ToString(CultureInfo.InvariantCulture);
        // Every bench client is 127.0.0.1: the per-address limits would measure the limiter, not the app.
        start.Environment["Generation__RequestsPerMinute"] = "1000000";
        start.Environment["Accounts__SignInsPerMinute"] = "1000000";
        start.Environment["Accounts__SignUpsPerMinute"] = "1000000";
        start.Environment["Payments__WebhooksPerMinute"] = "1000000";
        start.Environment["Admin__BootstrapEmails"] = "boss@bench.spritedx.test";
        start.Environment["Billing__Enabled"] = "true"; // Buy Credits for every account (end_to_end_purchase)
        start.Environment["Metrics__Prometheus"] = "true"; // scraped during the mixed load, as a production Prometheus would
        start.Environment["Stripe__Test__WebhookSecret"] = StripeWebhooks.TestSecret;
        start.Environment["Stripe__Live__WebhookSecret"] = StripeWebhooks.LiveSecret;
        start.Environment.Remove("DOTNET_gcServer");
        foreach (var (key, value) in extraEnvironment)
            start.Environment[key] = value;

        var logPath = Path.Combine(database.DataDirectory, "host.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var session = new HostSession(process, baseAddress, database, log, logPath, artifactsDirectory);
        try
        {
            await session.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90), ct);
            session.RssAtStartBytes = session.CurrentRssBytes;
        }
        catch
        {
            session._failed = true;
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The Host exited with code {_process.ExitCode} while starting; see {KeepLog()}");
            try
            {
                using var response = await client.GetAsync("/healthz", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // slow first answer
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"The Host did not answer /healthz within {limit.TotalSeconds:0} s; see {KeepLog()}");
    }

    /// <summary>A new visitor with its own cookies (redirects visible, as in the integration tests).</summary>
    public BrowserClient NewBrowser() => new(BaseAddress);

    /// <summary>Peak resident set size of the Host process so far, in bytes (kernel's VmHWM, or the sampled maximum if larger).</summary>
    public long PeakRssBytes => Math.Max(ReadStatusKb("VmHWM:"), Interlocked.Read(ref _peakSampledKb)) * 1024;

    public long CurrentRssBytes => ReadStatusKb("VmRSS:") * 1024;

    private async Task SampleAsync()
    {
        try
        {
            while (!_stopSampling.IsCancellationRequested)
            {
                var rss = ReadStatusKb("VmRSS:");
                if (rss > Interlocked.Read(ref _peakSampledKb))
                    Interlocked.Exchange(ref _peakSampledKb, rss);
                await Task.Delay(100, _stopSampling.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }

    private long ReadStatusKb(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // the process has gone
        }

        return 0;
    }

    /// <summary>Marks the run as failed so the Host's log is kept in bench/artifacts.</summary>
    public void MarkFailed() => _failed = true;

    private string KeepLog()
    {
        try
        {
            Directory.CreateDirectory(_artifactsDirectory);
            var kept = Path.Combine(_artifactsDirectory, "host-last-failure.log");
            lock (_log)
                File.Copy(_logPath, kept, overwrite: true);
            return kept;
        }
        catch (IOException)
        {
            return _logPath;
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopSampling.CancelAsync();
        await _sampler;
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, SigTerm); // graceful stop, as systemd or docker would
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        if (_failed)
            Log.Progress($"Host log kept at {KeepLog()}");
        lock (_log)
            _log.Dispose();
        _process.Dispose();
        _stopSampling.Dispose();
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
