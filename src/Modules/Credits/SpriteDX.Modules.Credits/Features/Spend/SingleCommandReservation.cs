using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.Modules.Credits.Features.Spend;

/// <summary>
/// The usual reservation — a new message, a balance that covers the cost — in one command, one round trip:
/// the conditional debit (<see cref="CreditAccount.Covers"/> as <c>Balance &gt;= @cost</c>, and only if neither
/// the inbox nor the ledger knows this message or generation), then the inbox row, the ledger entry, the
/// day's spend, the reservation and both outbox rows, each written only if the debit was. Anything else
/// (a redelivery, a short balance, an account without a row) writes nothing here and goes the general way,
/// which decides it in a transaction of its own. No change tracker on this path; the outbox rows are leased
/// in their INSERT and published after the commit, as SaveChanges would.
/// Test credits (<see cref="CreditAccount.TestBalance"/>, usually 0) are spent first: this command takes the
/// cost either wholly from them (when they exceed it) or wholly from live credits (when there are none), so the
/// test part it took is told by the test balance it leaves (more than 0: all of it). A cost that would take both
/// kinds, or exactly all test credits, is left to the general way.
/// </summary>
internal sealed class SingleCommandReservation(CreditsDbContext db, ICommittedOutboxPublisher<CreditsDbContext> outbox, TimeProvider clock)
{
    public const string Description = "Sprite generation";
    public const string SourceType = "generation";

    /// <summary>True when the credits were reserved and announced; false when nothing was written.</summary>
    public async Task<bool> TryReserveAsync(GenerationRequested e, string handler, CancellationToken ct)
    {
        var sql = Sql.For(db);
        var now = clock.GetUtcNow();
        // The balance is the database's to say: the payloads get it from the UPDATE (the JSON paths below).
        var changed = new CreditBalanceChanged(Guid.NewGuid(), now, e.AccountId, -e.Cost, 0, 0, LedgerKind.GenerationReserve.Code(), Description);
        var reserved = new CreditsReserved(Guid.NewGuid(), now, e.GenerationId, e.AccountId, e.Cost, 0);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        (long Balance, long Owed, long TestBalance, long Version)? after;
        try
        {
            // SQLite runs the statements one by one, so they need a transaction to be one change; PostgreSQL
            // runs the single statement atomically without the extra round trip of a COMMIT.
            await using var transaction = sql.SeparateStatements ? await connection.BeginTransactionAsync(ct) : null;
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql.Text;
            sql.Bind(command, e, handler, now, outbox.ClaimedUntil(), OutboxMessage.From(changed), OutboxMessage.From(reserved));
            await command.PrepareAsync(ct); // once per pooled PostgreSQL connection; SQLite prepares as it runs

            after = await ReadDebitAsync(command, ct);
            if (after is null)
                return false;
            if (transaction is not null)
                await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        await outbox.PublishCommittedAsync(
            [OutboxMessage.From(changed with
                {
                    Balance = after.Value.Balance, Owed = after.Value.Owed, TestBalance = after.Value.TestBalance, TestDelta = after.Value.TestBalance > 0 ? -e.Cost : 0,
                    BalanceVersion = after.Value.Version,
                }),
                OutboxMessage.From(reserved with { BalanceAfter = after.Value.Balance })],
            ct);
        return true;
    }

    /// <summary>The debit's RETURNING row, after every statement has run (SQLite runs the later ones as the reader moves on).</summary>
    private static async Task<(long Balance, long Owed, long TestBalance, long Version)?> ReadDebitAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        (long Balance, long Owed, long TestBalance, long Version)? after =
            await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)) : null;
        while (await reader.NextResultAsync(ct))
        {
        }

        return after;
    }

    /// <summary>The command text and its parameters' types, from the EF model (table and column names, value conversions) once per provider.</summary>
    private sealed class Sql
    {
        private static readonly ConcurrentDictionary<string, Sql> ByProvider = new();

        private readonly Dictionary<string, RelationalTypeMapping> _types = [];

        private Sql(DbContext context)
        {
            var model = context.Model;
            var quote = context.GetService<ISqlGenerationHelper>();
            var sqlite = context.Database.IsSqlite();
            SeparateStatements = sqlite;

            var accounts = new SqlNames<CreditAccount>(model, quote);
            var inbox = new SqlNames<InboxMessage>(model, quote);
            var ledger = new SqlNames<LedgerEntry>(model, quote);
            var daily = new SqlNames<DailySpend>(model, quote);
            var reservations = new SqlNames<Reservation>(model, quote);
            var outboxRows = new SqlNames<OutboxMessage>(model, quote);

            Type("@account", accounts.Property(nameof(CreditAccount.AccountId)));
            Type("@cost", accounts.Property(nameof(CreditAccount.Balance)));
            Type("@message", inbox.Property(nameof(InboxMessage.MessageId)));
            Type("@handler", inbox.Property(nameof(InboxMessage.Handler)));
            Type("@now", ledger.Property(nameof(LedgerEntry.At)));
            Type("@kind", ledger.Property(nameof(LedgerEntry.Kind)));
            Type("@amount", ledger.Property(nameof(LedgerEntry.Amount)));
            Type("@description", ledger.Property(nameof(LedgerEntry.Description)));
            Type("@sourceType", ledger.Property(nameof(LedgerEntry.SourceType)));
            Type("@source", ledger.Property(nameof(LedgerEntry.SourceId)));
            Type("@day", daily.Property(nameof(DailySpend.Day)));
            Type("@generation", reservations.Property(nameof(Reservation.GenerationId)));
            Type("@reservedAmount", reservations.Property(nameof(Reservation.Amount)));
            Type("@reservedStatus", reservations.Property(nameof(Reservation.Status)));
            foreach (var row in new[] { "@changed", "@reserved" })
            {
                Type(row + "Id", outboxRows.Property(nameof(OutboxMessage.Id)));
                Type(row + "Type", outboxRows.Property(nameof(OutboxMessage.Type)));
                Type(row + "Payload", outboxRows.Property(nameof(OutboxMessage.Payload)));
            }

            Type("@lockedUntil", outboxRows.Property(nameof(OutboxMessage.LockedUntil)));

            var (a, balance, owed) = (accounts.Column(nameof(CreditAccount.AccountId)), accounts.Column(nameof(CreditAccount.Balance)), accounts.Column(nameof(CreditAccount.Owed)));
            var (test, version) = (accounts.Column(nameof(CreditAccount.TestBalance)), accounts.Column(nameof(CreditAccount.Version)));
            var debit = $"""
                UPDATE {accounts.Table} SET {balance} = {balance} - @cost, {test} = CASE WHEN {test} > 0 THEN {test} - @cost ELSE 0 END, {version} = {version} + 1
                WHERE {a} = @account AND {balance} >= @cost AND ({test} = 0 OR {test} > @cost)
                  AND NOT EXISTS (SELECT 1 FROM {inbox.Table} WHERE {inbox.Column(nameof(InboxMessage.MessageId))} = @message AND {inbox.Column(nameof(InboxMessage.Handler))} = @handler)
                  AND NOT EXISTS (SELECT 1 FROM {ledger.Table} WHERE {ledger.Column(nameof(LedgerEntry.SourceType))} = @sourceType AND {ledger.Column(nameof(LedgerEntry.SourceId))} = @source AND {ledger.Column(nameof(LedgerEntry.Kind))} = @kind)
                RETURNING {balance} AS balance_after, {owed} AS owed_after, {test} AS test_after, {version} AS version_after
                """;
            // What the debit took from test credits, told by what it left (see the class summary).
            const string testTaken = "CASE WHEN test_after > 0 THEN @cost ELSE 0 END";
            var inboxRow = $"INSERT INTO {inbox.Table} ({inbox.Columns(nameof(InboxMessage.MessageId), nameof(InboxMessage.Handler), nameof(InboxMessage.ProcessedAt))}) SELECT @message, @handler, @now";
            var ledgerRow = $"INSERT INTO {ledger.Table} ({ledger.Columns(nameof(LedgerEntry.AccountId), nameof(LedgerEntry.Kind), nameof(LedgerEntry.Amount), nameof(LedgerEntry.BalanceAfter), nameof(LedgerEntry.At), nameof(LedgerEntry.Description), nameof(LedgerEntry.SourceType), nameof(LedgerEntry.SourceId), nameof(LedgerEntry.TestAmount), nameof(LedgerEntry.Mode))}) " +
                            $"SELECT @account, @kind, @amount, balance_after, @now, @description, @sourceType, @source, -{testTaken}, CASE WHEN test_after > 0 THEN {(int)CreditMode.Test} ELSE {(int)CreditMode.Live} END";
            var (dailyCredits, dailyAccount, dailyDay) = (daily.Column(nameof(DailySpend.Credits)), daily.Column(nameof(DailySpend.AccountId)), daily.Column(nameof(DailySpend.Day)));
            var dailyRow = $"INSERT INTO {daily.Table} ({dailyAccount}, {dailyDay}, {dailyCredits}) SELECT @account, @day, @cost";
            var dailyUpsert = $"ON CONFLICT ({dailyAccount}, {dailyDay}) DO UPDATE SET {dailyCredits} = {daily.Table}.{dailyCredits} + excluded.{dailyCredits}";
            var reservationRow = $"INSERT INTO {reservations.Table} ({reservations.Columns(nameof(Reservation.GenerationId), nameof(Reservation.AccountId), nameof(Reservation.Amount), nameof(Reservation.Status), nameof(Reservation.ReservedAt), nameof(Reservation.TestAmount))}) " +
                                 $"SELECT @generation, @account, @reservedAmount, @reservedStatus, @now, {testTaken}";
            var outboxColumns = outboxRows.Columns(nameof(OutboxMessage.Id), nameof(OutboxMessage.Type), nameof(OutboxMessage.Payload), nameof(OutboxMessage.OccurredAt), nameof(OutboxMessage.Attempts), nameof(OutboxMessage.LockedUntil));
            string Set(string payload, params (string Property, string Value)[] fields) => sqlite
                ? fields.Aggregate(payload, (json, f) => $"json_set({json}, '$.{Json(f.Property)}', {f.Value})")
                : fields.Aggregate($"CAST({payload} AS jsonb)", (json, f) => $"jsonb_set({json}, '{{{Json(f.Property)}}}', to_jsonb({f.Value}))") + "::text";
            var changedPayload = Set("@changedPayload", (nameof(CreditBalanceChanged.Balance), "balance_after"), (nameof(CreditBalanceChanged.Owed), "owed_after"),
                (nameof(CreditBalanceChanged.TestBalance), "test_after"), (nameof(CreditBalanceChanged.TestDelta), $"-{testTaken}"),
                (nameof(CreditBalanceChanged.BalanceVersion), "version_after"));
            var reservedPayload = Set("@reservedPayload", (nameof(CreditsReserved.BalanceAfter), "balance_after"));
            var outboxSelects = ($"SELECT @changedId, @changedType, {changedPayload}, @now, 0, @lockedUntil", $"SELECT @reservedId, @reservedType, {reservedPayload}, @now, 0, @lockedUntil");

            // SQLite reads the debited row back for each later statement.
            var debited = $"SELECT {balance} AS balance_after, {owed} AS owed_after, {test} AS test_after, {version} AS version_after FROM {accounts.Table} WHERE {a} = @account";
            Text = sqlite
                // No data-modifying CTEs in SQLite: each INSERT runs only if the statement before it changed a row (changes()).
                ? $"""
                   {debit};
                   {inboxRow} WHERE changes() = 1;
                   {ledgerRow} FROM ({debited}) WHERE changes() = 1;
                   {dailyRow} WHERE changes() = 1 {dailyUpsert};
                   {reservationRow} FROM ({debited}) WHERE changes() = 1;
                   INSERT INTO {outboxRows.Table} ({outboxColumns}) {outboxSelects.Item1} FROM ({debited}) WHERE changes() = 1;
                   INSERT INTO {outboxRows.Table} ({outboxColumns}) {outboxSelects.Item2} FROM (SELECT {balance} AS balance_after FROM {accounts.Table} WHERE {a} = @account) WHERE changes() = 1;
                   """
                : $"""
                   WITH debited AS ({debit}),
                   inbox AS ({inboxRow} FROM debited),
                   ledger AS ({ledgerRow} FROM debited),
                   daily AS ({dailyRow} FROM debited {dailyUpsert}),
                   reservation AS ({reservationRow} FROM debited),
                   outbox AS (INSERT INTO {outboxRows.Table} ({outboxColumns}) {outboxSelects.Item1} FROM debited UNION ALL {outboxSelects.Item2} FROM debited)
                   SELECT balance_after, owed_after, test_after, version_after FROM debited
                   """;
        }

        public string Text { get; }

        public bool SeparateStatements { get; }

        public static Sql For(DbContext context) => ByProvider.GetOrAdd(context.Database.ProviderName!, _ => new Sql(context));

        public void Bind(DbCommand command, GenerationRequested e, string handler, DateTimeOffset now, DateTimeOffset lockedUntil, OutboxMessage changed, OutboxMessage reserved)
        {
            Add(command, "@account", e.AccountId);
            Add(command, "@cost", (long)e.Cost);
            Add(command, "@message", e.MessageId);
            Add(command, "@handler", handler);
            Add(command, "@now", now);
            Add(command, "@kind", LedgerKind.GenerationReserve);
            Add(command, "@amount", -(long)e.Cost);
            Add(command, "@description", Description);
            Add(command, "@sourceType", SourceType);
            Add(command, "@source", e.GenerationId.ToString());
            Add(command, "@day", DateOnly.FromDateTime(now.UtcDateTime));
            Add(command, "@generation", e.GenerationId);
            Add(command, "@reservedAmount", e.Cost);
            Add(command, "@reservedStatus", ReservationStatus.Reserved);
            Add(command, "@changedId", changed.Id);
            Add(command, "@changedType", changed.Type);
            Add(command, "@changedPayload", changed.Payload);
            Add(command, "@reservedId", reserved.Id);
            Add(command, "@reservedType", reserved.Type);
            Add(command, "@reservedPayload", reserved.Payload);
            Add(command, "@lockedUntil", lockedUntil);
        }

        private void Type(string parameter, IProperty property) => _types[parameter] = property.GetRelationalTypeMapping();

        private void Add(DbCommand command, string parameter, object value) =>
            command.Parameters.Add(_types[parameter].CreateParameter(command, parameter, value, nullable: false));

        /// <summary>The outbox serializes notifications with the web defaults: camelCase property names.</summary>
        private static string Json(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
    }
}
