using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;

namespace SpriteDX.Modules.Credits.Domain;

/// <summary>What a movement does when the balance cannot cover a debit.</summary>
internal enum DebitRule
{
    /// <summary>A spend: refused unless the whole amount is there; the balance never goes negative.</summary>
    MustCover,

    /// <summary>A claw-back: takes what is there and records the rest as owed.</summary>
    TakeAvailableAndOweTheRest,

    /// <summary>An admin debit: takes what is there, up to the amount.</summary>
    TakeAvailable,
}

internal sealed record CreditMovement(Guid AccountId, LedgerKind Kind, long Amount, string SourceType, string SourceId, string Description, DebitRule Rule = DebitRule.MustCover);

internal abstract record MovementResult
{
    public sealed record Applied(long Delta, long Balance, long Owed) : MovementResult;

    public sealed record Insufficient(long Available) : MovementResult;

    public sealed record AlreadyApplied : MovementResult;
}

/// <summary>
/// The one place credits move. Each movement is a single conditional UPDATE of the stored balance
/// (checked by what it returns) plus an append-only ledger entry and a CreditBalanceChanged
/// notification, all in the caller's transaction: either all of it commits or none of it.
/// </summary>
internal sealed class CreditLedger(CreditsDbContext db, TimeProvider clock)
{
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
        var (taken, after) = movement.Amount > 0
            ? (0L, await CreditAsync(movement, cancellationToken))
            : await DebitAsync(movement, cancellationToken);
        if (after is null)
            return new MovementResult.Insufficient(await BalanceAsync(movement.AccountId, cancellationToken));

        var delta = movement.Amount > 0 ? movement.Amount : -taken;
        await RecordAsync(movement, delta, after.Balance, after.Owed, cancellationToken);
        return new MovementResult.Applied(delta, after.Balance, after.Owed);
    }

    private async Task<BalanceAfterUpdate?> CreditAsync(CreditMovement movement, CancellationToken cancellationToken) =>
        await SingleRowAsync(Sql.For(db).Credit, [movement.Amount, movement.AccountId], cancellationToken);

    private async Task<(long Taken, BalanceAfterUpdate? After)> DebitAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        var wanted = -movement.Amount;
        if (movement.Rule == DebitRule.MustCover)
            return (wanted, await SingleRowAsync(Sql.For(db).Debit, [wanted, movement.AccountId, 0L], cancellationToken));

        // Take what is there: read, then debit on the condition that it is still there; a concurrent
        // spend in between makes the UPDATE match nothing, and we read again.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var available = await BalanceAsync(movement.AccountId, cancellationToken);
            var take = Math.Min(available, wanted);
            var owedIncrease = movement.Rule == DebitRule.TakeAvailableAndOweTheRest ? wanted - take : 0;
            if (take == 0 && owedIncrease == 0)
                return (0, null);
            var after = await SingleRowAsync(Sql.For(db).Debit, [take, movement.AccountId, owedIncrease], cancellationToken);
            if (after is not null)
                return (take, after);
        }

        throw new DbUpdateConcurrencyException($"The balance of account {movement.AccountId} kept changing during a debit.");
    }

    private async Task<BalanceAfterUpdate?> SingleRowAsync(string sql, object[] parameters, CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<BalanceAfterUpdate>(sql, parameters).ToListAsync(cancellationToken)).SingleOrDefault();

    /// <summary>A settled spend: no credits move, but the ledger says the reserved cost was spent.</summary>
    public async Task RecordWithoutMovingAsync(CreditMovement movement, CancellationToken cancellationToken)
    {
        var balance = await db.Accounts.AsNoTracking().Where(a => a.AccountId == movement.AccountId).Select(a => a.Balance).SingleAsync(cancellationToken);
        db.Ledger.Add(NewEntry(movement, 0, balance));
    }

    public async Task<long> BalanceAsync(Guid accountId, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (long?)a.Balance).SingleOrDefaultAsync(cancellationToken) ?? 0;

    private async Task RecordAsync(CreditMovement movement, long delta, long balance, long owed, CancellationToken cancellationToken)
    {
        var entry = NewEntry(movement, delta, balance);
        db.Ledger.Add(entry);
        if (movement.Kind is LedgerKind.GenerationReserve or LedgerKind.GenerationRelease)
            await db.Database.ExecuteSqlRawAsync(Sql.For(db).AddDailySpend, [movement.AccountId, DateOnly.FromDateTime(entry.At.UtcDateTime), -delta], cancellationToken);
        db.Publish(new CreditBalanceChanged(Guid.NewGuid(), entry.At, movement.AccountId, delta, balance, owed, movement.Kind.Code(), movement.Description));
    }

    private LedgerEntry NewEntry(CreditMovement movement, long delta, long balance) => new()
    {
        AccountId = movement.AccountId,
        Kind = movement.Kind,
        Amount = delta,
        BalanceAfter = balance,
        At = clock.GetUtcNow(),
        Description = movement.Description,
        SourceType = movement.SourceType,
        SourceId = movement.SourceId,
    };

    private Task OpenAccountAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Sql.For(db).OpenAccount, [accountId], cancellationToken);

    /// <summary>What a conditional UPDATE returns: the new balance and the new debt.</summary>
    internal sealed record BalanceAfterUpdate(long Balance, long Owed);

    /// <summary>
    /// The conditional statements, with table and column names taken from the EF model so they
    /// hold on SQLite and on PostgreSQL (schema-qualified and quoted by the provider).
    /// </summary>
    private sealed class Sql
    {
        private static readonly Dictionary<string, Sql> ByProvider = [];

        private Sql(DbContext context)
        {
            var entity = context.Model.FindEntityType(typeof(CreditAccount))!;
            var quote = context.GetService<ISqlGenerationHelper>();
            var table = quote.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
            string Column(string property) => quote.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
            var (id, balance, owed) = (Column(nameof(CreditAccount.AccountId)), Column(nameof(CreditAccount.Balance)), Column(nameof(CreditAccount.Owed)));
            var returning = $"RETURNING {balance} AS \"Balance\", {owed} AS \"Owed\"";

            OpenAccount = $"INSERT INTO {table} ({id}, {balance}, {owed}) VALUES ({{0}}, 0, 0) ON CONFLICT DO NOTHING";
            Credit = $"UPDATE {table} SET {balance} = {balance} + {{0}} WHERE {id} = {{1}} {returning}";
            Debit = $"UPDATE {table} SET {balance} = {balance} - {{0}}, {owed} = {owed} + {{2}} WHERE {id} = {{1}} AND {balance} >= {{0}} {returning}";

            var daily = context.Model.FindEntityType(typeof(DailySpend))!;
            var dailyTable = quote.DelimitIdentifier(daily.GetTableName()!, daily.GetSchema());
            string DailyColumn(string property) => quote.DelimitIdentifier(daily.FindProperty(property)!.GetColumnName());
            var (account, day, credits) = (DailyColumn(nameof(DailySpend.AccountId)), DailyColumn(nameof(DailySpend.Day)), DailyColumn(nameof(DailySpend.Credits)));
            AddDailySpend = $"INSERT INTO {dailyTable} ({account}, {day}, {credits}) VALUES ({{0}}, {{1}}, {{2}}) " +
                            $"ON CONFLICT ({account}, {day}) DO UPDATE SET {credits} = {dailyTable}.{credits} + excluded.{credits}";
        }

        public string OpenAccount { get; }

        public string Credit { get; }

        /// <summary>Takes {0} only if the balance still holds it, and adds {2} to the debt.</summary>
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
