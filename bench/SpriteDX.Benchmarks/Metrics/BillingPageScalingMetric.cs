using System.Diagnostics;
using System.Globalization;
using System.Net;
using SpriteDX.Benchmarks.Harness;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Credits;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Benchmarks.Metrics;

/// <summary>
/// `/billing` first page (GET over HTTP against the real Host, signed in) for an account with 10
/// ledger rows, divided by the same page for an account with 100,000 rows: the ratio is 1.0 when
/// the page does not slow down as the ledger grows. Both accounts sign up through the real form;
/// their extra rows are bulk-inserted into the Credits ledger (credits.db, or schema credits on
/// PostgreSQL) with a running balance that ends equal to the stored balance. Requests alternate
/// between the two accounts, one at a time.
/// </summary>
internal sealed class BillingPageScalingMetric : IMetric
{
    public const int SmallRows = 10;
    public const int LargeRows = 100_000;

    /// <summary>The 100,000 rows span two years (~137 a day: a busy API user), the 10 rows the last ten days.</summary>
    public static readonly TimeSpan LargeSpan = TimeSpan.FromDays(730);

    public string Name => "billing_page_scaling";

    public double Target => 0.83;

    public int Order => 30;

    public async Task<MetricResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var profile = context.Profile;
        var host = await context.HostAsync(ct);
        var accounts = await BillingAccounts.PrepareAsync(host, context.Database, ct);
        var (small, large) = (accounts.Small, accounts.Large);

        Log.Progress($"billing_page_scaling: warm-up {profile.BillingWarmup} pages each");
        var errors = 0L;
        var firstProblem = (string?)null;
        var smallLatency = new Latencies();
        var largeLatency = new Latencies();
        for (var i = 0; i < profile.BillingWarmup; i++)
        {
            errors += await GetPageAsync(small, null) + await GetPageAsync(large, null);
        }

        var smallRounds = new List<double>();
        var largeRounds = new List<double>();
        var roundRatios = new List<double>();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < profile.BillingRounds; round++)
        {
            var s = new Latencies();
            var l = new Latencies();
            for (var i = 0; i < profile.BillingRequestsPerRound; i++)
            {
                // Alternate which account goes first, request by request.
                if (i % 2 == 0)
                {
                    errors += await GetPageAsync(small, s) + await GetPageAsync(large, l);
                }
                else
                {
                    errors += await GetPageAsync(large, l) + await GetPageAsync(small, s);
                }
            }

            smallRounds.Add(s.Percentile(50));
            largeRounds.Add(l.Percentile(50));
            roundRatios.Add(smallRounds[^1] / largeRounds[^1]);
            Log.Progress($"billing_page_scaling: round {round + 1}/{profile.BillingRounds}: p50 {smallRounds[^1]:0.00} ms with {SmallRows} rows, {largeRounds[^1]:0.00} ms with {LargeRows:N0}, ratio {roundRatios[^1]:0.000}");
        }

        watch.Stop();
        var requests = 2.0 * profile.BillingRounds * profile.BillingRequestsPerRound;
        var smallFigures = smallLatency.Summary();
        smallFigures["median_of_round_p50_ms"] = Stats.Median(smallRounds);
        smallFigures["ledger_rows"] = SmallRows;
        var largeFigures = largeLatency.Summary();
        largeFigures["median_of_round_p50_ms"] = Stats.Median(largeRounds);
        largeFigures["ledger_rows"] = LargeRows;
        largeFigures["round_spread"] = Stats.Spread(largeRounds);
        var notes = new List<string>
        {
            $"ratio = median over {profile.BillingRounds} rounds of (p50 with {SmallRows} rows ÷ p50 with {LargeRows:N0}); each round {profile.BillingRequestsPerRound} GET /billing per account after {profile.BillingWarmup} warm-up, alternating accounts, sequential; throughput {requests / watch.Elapsed.TotalSeconds:0.0} pages/s overall",
            $"{LargeRows:N0} rows over the last {LargeSpan.TotalDays:0} days (a reserve, capture or purchase each), {SmallRows} rows over the last {SmallRows} days; seeded by bulk insert in {accounts.SeedTime.TotalSeconds:0.0} s",
        };
        if (firstProblem is not null)
            notes.Add(firstProblem);

        return new MetricResult(Name, MetricStatus.Measured, Target)
        {
            Ratio = Stats.Median(roundRatios),
            Errors = errors,
            Figures = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["rows_10"] = smallFigures, ["rows_100k"] = largeFigures },
            Notes = notes,
        };

        async Task<long> GetPageAsync(BrowserClient browser, Latencies? round)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await browser.Client.GetAsync("/billing", ct);
            var html = await response.Content.ReadAsStringAsync(ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (round is not null)
            {
                round.Add(ms);
                (browser == small ? smallLatency : largeLatency).Add(ms);
            }

            var ok = response.StatusCode == HttpStatusCode.OK && html.Contains("data-ledger", StringComparison.Ordinal)
                     && (browser == small || html.Contains("rel=\"next\"", StringComparison.Ordinal));
            if (!ok)
                firstProblem ??= $"first bad answer: {(int)response.StatusCode} for {browser.Email} (ledger table or next-page link missing)";
            return ok ? 0 : 1;
        }
    }
}

/// <summary>Two signed-in accounts on the Host, one with 10 ledger rows and one with 100,000; made once per run.</summary>
internal sealed class BillingAccounts
{
    private static BillingAccounts? _prepared;

    private BillingAccounts(BrowserClient small, BrowserClient large, TimeSpan seedTime) => (Small, Large, SeedTime) = (small, large, seedTime);

    public BrowserClient Small { get; }

    public BrowserClient Large { get; }

    public TimeSpan SeedTime { get; }

    public static async Task<BillingAccounts> PrepareAsync(HostSession host, BenchDatabase database, CancellationToken ct)
    {
        if (_prepared is not null)
            return _prepared;
        var small = host.NewBrowser();
        var large = host.NewBrowser();
        Log.Progress("billing: signing up two accounts through the real form");
        await small.SignUpAsync($"ten-rows-{Guid.NewGuid():n}@bench.spritedx.test", ct);
        await large.SignUpAsync($"many-rows-{Guid.NewGuid():n}@bench.spritedx.test", ct);
        await small.WaitForBalanceAsync(HostSession.SignupBonus, TimeSpan.FromSeconds(30), ct);
        await large.WaitForBalanceAsync(HostSession.SignupBonus, TimeSpan.FromSeconds(30), ct);

        Log.Progress($"billing: bulk-inserting {BillingPageScalingMetric.LargeRows:N0} + {BillingPageScalingMetric.SmallRows} ledger rows into the Credits ledger ({database.Name})");
        var watch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        await LedgerSeeder.SeedAsync(database, host.Database, small.Email!, BillingPageScalingMetric.SmallRows, now - TimeSpan.FromDays(BillingPageScalingMetric.SmallRows), now, ct);
        await LedgerSeeder.SeedAsync(database, host.Database, large.Email!, BillingPageScalingMetric.LargeRows, now - BillingPageScalingMetric.LargeSpan, now, ct);
        watch.Stop();
        return _prepared = new BillingAccounts(small, large, watch.Elapsed);
    }
}

/// <summary>Fills an account's ledger to a given number of rows in one transaction, keeping the stored balance the ledger's sum.</summary>
internal static class LedgerSeeder
{
    /// <summary>The Accounts module's database (file and schema); the harness does not reference the module itself.</summary>
    private const string AccountsModuleName = "accounts";

    private static readonly string[] Columns = ["AccountId", "Kind", "Amount", "BalanceAfter", "At", "Description", "SourceType", "SourceId"];

    public static async Task SeedAsync(BenchDatabase database, DatabaseOptions place, string email, int totalRows, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var account = database.Key(await AccountIdAsync(database, place, email, ct));
        await using var connection = await database.OpenAsync(place, CreditsModule.ModuleName, ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        // What the account's ledger holds so far.
        var balance = await ScalarAsync("SELECT \"Balance\" FROM credit_accounts WHERE \"AccountId\" = @a")
                      ?? throw new InvalidOperationException($"Credits has no account for {email}.");
        var rows = (int)(await ScalarAsync("SELECT COUNT(*) FROM ledger_entries WHERE \"AccountId\" = @a"))!.Value;

        var toInsert = totalRows - rows;
        var step = (to - from).Ticks / Math.Max(1, toInsert);
        await database.BulkInsertAsync(transaction, "ledger_entries", Columns, Rows(), ct);

        IEnumerable<object[]> Rows()
        {
            var generation = Guid.Empty;
            for (var i = 0; i < toInsert; i++)
            {
                // A purchase now and then; otherwise a generation's reserve (−10) followed by its capture (0).
                (LedgerKind kind, long amount, string description, string sourceType) = (i % 40) switch
                {
                    0 => (LedgerKind.Purchase, 400L, "Purchased 400 credits", "purchase"),
                    var n when n % 2 == 1 => (LedgerKind.GenerationReserve, -10L, "Sprite generation", "generation"),
                    _ => (LedgerKind.GenerationCapture, 0L, "Sprite generation", "generation"),
                };
                if (kind != LedgerKind.GenerationCapture)
                    generation = Guid.NewGuid();
                balance += amount;
                yield return [account, (int)kind, amount, balance, database.Time(from + TimeSpan.FromTicks(step * i)), description, sourceType, generation.ToString()];
            }
        }

        var sum = await ScalarAsync("UPDATE credit_accounts SET \"Balance\" = (SELECT SUM(\"Amount\") FROM ledger_entries WHERE \"AccountId\" = @a) WHERE \"AccountId\" = @a RETURNING \"Balance\"");
        if (sum != balance)
            throw new InvalidOperationException($"Seeded ledger of {email} sums to {sum}, not the running balance {balance}.");
        await transaction.CommitAsync(ct);

        async Task<long?> ScalarAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.AddParameter("@a", account);
            return await command.ExecuteScalarAsync(ct) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
        }
    }

    private static async Task<Guid> AccountIdAsync(BenchDatabase database, DatabaseOptions place, string email, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(place, AccountsModuleName, ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = @e";
        command.AddParameter("@e", email.ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? reader.GetGuid(0) : throw new InvalidOperationException($"No account for {email}.");
    }
}
