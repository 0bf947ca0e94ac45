using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;

namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// One movement of credits. A debit takes from <paramref name="Pool"/> (a spend from any credits, test ones first; a
/// claw-back or hold from its purchase's mode); <paramref name="TestCredits"/> is the part of a credit that is test money.
/// </summary>
internal sealed record CreditMovement(
    Guid AccountId, LedgerKind Kind, long Amount, string SourceType, string SourceId, string Description, DebitRule Rule = DebitRule.MustCover,
    CreditPool Pool = CreditPool.Any, long TestCredits = 0)
{
    /// <summary>A movement of one purchase's money: test credits for a test purchase, live ones otherwise.</summary>
    public static CreditMovement OfPurchase(
        Guid accountId, LedgerKind kind, long amount, string sourceType, string sourceId, string description, bool livemode,
        DebitRule rule = DebitRule.MustCover) =>
        new(accountId, kind, amount, sourceType, sourceId, livemode ? description : $"{description} (test credits)", rule,
            livemode ? CreditPool.Live : CreditPool.Test, livemode || amount < 0 ? 0 : amount);

    public bool IsTestMoney => Pool == CreditPool.Test || TestCredits > 0;
}

internal abstract record MovementResult
{
    public sealed record Applied(long Delta, long Balance, long Owed, long TestBalance, long TestDelta) : MovementResult;

    public sealed record Insufficient(long Available) : MovementResult;

    public sealed record AlreadyApplied : MovementResult;
}

/// <summary>
/// The one place credits move. Each movement is a single conditional UPDATE of the stored balance and debt
/// (checked by what it returns) plus append-only ledger entries and a CreditBalanceChanged notification,
/// all in the caller's transaction: either all of it commits or none of it. Every credit pays what is owed
/// first (<see cref="CreditAccount.Credit"/>), so each handler that adds credits settles debt without knowing it.
/// </summary>
internal sealed class CreditLedger(CreditsDbContext db, TimeProvider clock)
{
    private const int Attempts = 10;

    public async Task<MovementResult> MoveAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        if (movement.Amount == 0)
            throw new ArgumentOutOfRangeException(nameof(movement), "A credit movement needs a non-zero amount.");
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Credit movements run inside the caller's transaction.");

        if (await db.Ledger.AnyAsync(e => e.SourceType == movement.SourceType && e.SourceId == movement.SourceId && e.Kind == movement.Kind, cancellationToken))
            return new MovementResult.AlreadyApplied();

        // A spend from an account with no row simply finds nothing to take; only credits and
        // claw-backs need the row to exist, so the hot spend path skips this write.
        if (movement.Amount > 0 || movement.Rule != DebitRule.MustCover)
            await OpenAccountAsync(movement.AccountId, cancellationToken);
        return movement.Amount > 0
            ? await CreditAsync(movement, cancellationToken)
            : await DebitAsync(movement, cancellationToken);
    }

    /// <summary>
    /// Adds what the account decides (<see cref="CreditAccount.Credit"/>) on the condition that the debt is still
    /// what it decided on. The first try assumes nothing is owed, the usual case, so a credit costs one statement.
    /// A credit that paid debt is written as two lines, the credit in full and "owed credits settled".
    /// </summary>
    private async Task<MovementResult> CreditAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        var (credit, after) = await DecideAndApplyAsync(
            new CreditAccount { AccountId = movement.AccountId },
            account => account.Credit(movement.Amount, movement.TestCredits),
            (account, decision) => [decision.AddsToBalance, movement.AccountId, decision.SettlesOwed, account.Owed, decision.AddsTest, account.AcceptsTestCredits],
            Sql.For(db).Credit,
            cancellationToken);

        var settled = credit.SettlesOwed;
        // Test credits that came after the account left test mode are dropped, and the line says so.
        var recorded = credit.DroppedTest == 0 ? movement
            : movement with { Description = $"{movement.Description}: not added, the account is no longer in test mode" };
        List<LedgerEntry> entries = [NewEntry(recorded, movement.Amount - credit.DroppedTest, after!.Balance + settled, testDelta: credit.AddsTest)];
        if (settled > 0)
        {
            // Keyed by the credit's own (source, kind), which is unique, so two credits from one source never collide.
            var settlement = movement with { Kind = LedgerKind.OwedSettled, SourceId = $"{movement.SourceId}/{movement.Kind.Code()}", Description = "Owed credits settled", TestCredits = 0 };
            entries.Add(NewEntry(settlement, -settled, after.Balance, owedChange: -settled));
        }
        return await RecordAsync(movement, entries, credit.AddsToBalance, credit.AddsTest, after, cancellationToken);
    }

    /// <summary>
    /// Takes what the account decides (<see cref="CreditAccount.Debit"/>), on the condition that the balance
    /// still covers it. The first try assumes the balance covers the whole amount, the usual case, so a spend
    /// costs one statement.
    /// </summary>
    private async Task<MovementResult> DebitAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        var wanted = -movement.Amount;
        var (debit, after) = await DecideAndApplyAsync(
            // The usual account holds the whole amount in the pool the debit takes from.
            new CreditAccount { AccountId = movement.AccountId, Balance = wanted, TestBalance = movement.Pool == CreditPool.Test ? wanted : 0 },
            account => account.Debit(wanted, movement.Rule, movement.Pool),
            (account, decision) => decision is DebitDecision.Take take
                ? [take.Credits, movement.AccountId, take.Owe, take.TestCredits, movement.Pool == CreditPool.Any ? account.TestBalance : -1L]
                : null,
            Sql.For(db).Debit,
            cancellationToken);

        if (debit is not DebitDecision.Take taken)
            return new MovementResult.Insufficient(((DebitDecision.Refused)debit).Available);
        return await RecordAsync(movement, [NewEntry(movement, -taken.Credits, after!.Balance, owedChange: taken.Owe, testDelta: -taken.TestCredits)],
            -taken.Credits, -taken.TestCredits, after, cancellationToken);
    }

    /// <summary>
    /// Asks the account what a movement does and applies the answer with a conditional UPDATE. The first try asks
    /// <paramref name="usual"/>, the account as it usually is, without reading it; when the UPDATE's condition does
    /// not hold (a wrong guess or a concurrent movement), the stored account is read and asked again. A decision
    /// <paramref name="parameters"/> has none for is a refusal: it is returned with no row.
    /// </summary>
    private async Task<(TDecision Decision, BalanceAfterUpdate? After)> DecideAndApplyAsync<TDecision>(
        CreditAccount usual, Func<CreditAccount, TDecision> decide, Func<CreditAccount, TDecision, object[]?> parameters, string sql, CancellationToken cancellationToken)
    {
        var account = usual;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (attempt > 0)
                account = await AccountAsync(usual.AccountId, cancellationToken);
            var decision = decide(account);
            if (parameters(account, decision) is not { } values)
                return (decision, null);
            if (await SingleRowAsync(sql, values, cancellationToken) is { } after)
                return (decision, after);
        }

        throw new DbUpdateConcurrencyException($"The balance of account {usual.AccountId} kept changing during a credit movement.");
    }

    private async Task<CreditAccount> AccountAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, cancellationToken) ?? new CreditAccount { AccountId = accountId };

    private async Task<BalanceAfterUpdate?> SingleRowAsync(string sql, object[] parameters, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<BalanceAfterUpdate>(sql, parameters).ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>A settled spend: no credits move, but the ledger says the reserved cost was spent.</summary>
    public async Task RecordWithoutMovingAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        var balance = await db.Accounts.AsNoTracking().Where(a => a.AccountId == movement.AccountId).Select(a => a.Balance).SingleAsync(cancellationToken);
        db.Ledger.Add(NewEntry(movement, 0, balance));
    }

    /// <summary>The balance and the test credits it includes.</summary>
    public async Task<(long Balance, long TestBalance)> BalancesAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => new ValueTuple<long, long>(a.Balance, a.TestBalance))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Writes the movement's ledger lines and one notification with the balance's net change, the new balance and debt.</summary>
    private async Task<MovementResult> RecordAsync(
        CreditMovement movement, IReadOnlyList<LedgerEntry> entries, long delta, long testDelta, BalanceAfterUpdate after, CancellationToken cancellationToken)
    {
        db.Ledger.AddRange(entries);
        var at = entries[0].At;
        // The chart counts the generation's cost, even when its release went to pay a debt.
        if (movement.Kind is LedgerKind.GenerationReserve or LedgerKind.GenerationRelease)
            await db.Database.ExecuteSqlRawAsync(Sql.For(db).AddDailySpend, [movement.AccountId, DateOnly.FromDateTime(at.UtcDateTime), -movement.Amount], cancellationToken);
        db.Outbox.Add(new CreditBalanceChanged(Guid.NewGuid(), at, movement.AccountId, delta, after.Balance, after.Owed, movement.Kind.Code(), movement.Description,
            after.TestBalance, testDelta, movement.IsTestMoney, after.Version));
        return new MovementResult.Applied(delta, after.Balance, after.Owed, after.TestBalance, testDelta);
    }

    private LedgerEntry NewEntry(CreditMovement movement, long delta, long balance, long owedChange = 0, long testDelta = 0) => new()
    {
        AccountId = movement.AccountId,
        Kind = movement.Kind,
        Amount = delta,
        TestAmount = testDelta,
        Mode = movement.IsTestMoney || testDelta != 0 ? CreditMode.Test : CreditMode.Live,
        BalanceAfter = balance,
        OwedChange = owedChange,
        At = clock.GetUtcNow(),
        Description = movement.Description,
        SourceType = movement.SourceType,
        SourceId = movement.SourceId,
    };

    /// <summary>Makes sure the account has a row (new accounts start in live mode).</summary>
    public Task OpenAccountAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Sql.For(db).OpenAccount, [accountId, false], cancellationToken);

    /// <summary>What a conditional UPDATE returns: the new balance, the new debt, and the account's version after the change.</summary>
    internal sealed record BalanceAfterUpdate(long Balance, long Owed, long TestBalance, long Version);

    /// <summary>
    /// The conditional statements, with table and column names taken from the EF model so they
    /// hold on SQLite and on PostgreSQL (schema-qualified and quoted by the provider).
    /// </summary>
    private sealed class Sql
    {
        private static readonly Dictionary<string, Sql> ByProvider = [];

        private Sql(DbContext context)
        {
            var quote = context.GetService<ISqlGenerationHelper>();
            var accounts = new SqlNames<CreditAccount>(context.Model, quote);
            var (table, id, balance, owed) = (accounts.Table, accounts.Column(nameof(CreditAccount.AccountId)), accounts.Column(nameof(CreditAccount.Balance)), accounts.Column(nameof(CreditAccount.Owed)));
            var (test, testMode, testModeChangedAt) = (accounts.Column(nameof(CreditAccount.TestBalance)), accounts.Column(nameof(CreditAccount.TestMode)),
                accounts.Column(nameof(CreditAccount.TestModeChangedAt)));
            var version = accounts.Column(nameof(CreditAccount.Version));
            var returning = $"RETURNING {balance} AS \"Balance\", {owed} AS \"Owed\", {test} AS \"TestBalance\", {version} AS \"Version\"";

            OpenAccount = $"INSERT INTO {table} ({id}, {balance}, {owed}, {test}, {testMode}, {version}) VALUES ({{0}}, 0, 0, 0, {{1}}, 0) ON CONFLICT DO NOTHING";
            Credit = $"UPDATE {table} SET {balance} = {balance} + {{0}}, {owed} = {owed} - {{2}}, {test} = {test} + {{4}}, {version} = {version} + 1 " +
                     $"WHERE {id} = {{1}} AND {owed} = {{3}} AND ({testMode} OR {testModeChangedAt} IS NULL) = {{5}} {returning}";
            // Each part covers its own take, so a debit decided on a balance that changed since never overdraws either part;
            // a spend (from any credits, test ones first) also needs the test credits it decided on ({4}; -1 for the other pools).
            Debit = $"UPDATE {table} SET {balance} = {balance} - {{0}}, {owed} = {owed} + {{2}}, {test} = {test} - {{3}}, {version} = {version} + 1 " +
                    $"WHERE {id} = {{1}} AND {balance} - {test} >= {{0}} - {{3}} AND {test} >= {{3}} AND ({{4}} < 0 OR {test} = {{4}}) {returning}";

            var daily = new SqlNames<DailySpend>(context.Model, quote);
            var (dailyTable, account, day, credits) = (daily.Table, daily.Column(nameof(DailySpend.AccountId)), daily.Column(nameof(DailySpend.Day)), daily.Column(nameof(DailySpend.Credits)));
            AddDailySpend = $"INSERT INTO {dailyTable} ({account}, {day}, {credits}) VALUES ({{0}}, {{1}}, {{2}}) " +
                            $"ON CONFLICT ({account}, {day}) DO UPDATE SET {credits} = {dailyTable}.{credits} + excluded.{credits}";
        }

        public string OpenAccount { get; }

        /// <summary>Adds {0} to the balance ({4} of it test credits) and pays {2} of the debt, only if the debt is still {3} and whether it accepts test credits still {5}.</summary>
        public string Credit { get; }

        /// <summary>Takes {0}, {3} of it test credits, only if the balance still holds both parts (and, for a spend, still {4} test credits), and adds {2} to the debt.</summary>
        public string Debit { get; }

        /// <summary>Adds {2} credits (negative for a refund) to account {0}'s spend on day {1}.</summary>
        public string AddDailySpend { get; }

        public static Sql For(DbContext context)
        {
            var provider = context.Database.ProviderName!;
            lock (ByProvider)
            {
                if (!ByProvider.TryGetValue(provider, out var sql))
                    ByProvider[provider] = sql = new Sql(context);
                return sql;
            }
        }
    }
}
