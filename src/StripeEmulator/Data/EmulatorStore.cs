using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SpriteDX.StripeEmulator.Data;

internal sealed record StoredObject(string Id, string Type, bool Livemode, long Created, JsonObject Json, JsonObject? Extra);

internal enum DeliveryState { None, Pending, Succeeded, Failed }

internal sealed record StoredEvent(
    string Id, string Type, bool Livemode, long Created, string ObjectId, string Body,
    DeliveryState State, int AttemptsInRound, DateTimeOffset? NextAttemptAt);

internal sealed record DeliveryAttempt(string EventId, DateTimeOffset At, int Status, string? Error);

internal sealed record IdempotentResponse(string Fingerprint, int StatusCode, string Body);

/// <summary>One page of a Stripe list: at most <paramref name="Limit"/> items after one cursor or before the other.</summary>
internal sealed record PageRequest(int Limit, string? StartingAfter, string? EndingBefore);

internal sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore);

/// <summary>A filter on a stored object's JSON: the field at <paramref name="Path"/> (<c>$.email</c>) equals <paramref name="Value"/>.</summary>
internal sealed record JsonMatch(string Path, string Value);

/// <summary>
/// The emulator's state in one SQLite database (a file, or memory for tests). One connection behind one
/// gate: the emulator's traffic is tiny, and a single writer keeps every change atomic and ordered.
/// </summary>
internal sealed class EmulatorStore : IDisposable
{
    private const int SchemaVersion = 1;
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public EmulatorStore(IOptions<StripeEmulatorOptions> options)
    {
        var path = options.Value.DatabasePath;
        var builder = new SqliteConnectionStringBuilder { Pooling = false };
        if (string.IsNullOrWhiteSpace(path))
        {
            builder.DataSource = ":memory:";
        }
        else
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Migrate();
    }

    public async Task<T> ReadAsync<T>(Func<StoreSession, T> work, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return work(new StoreSession(_connection, null));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, committed only when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<StoreSession, T> work, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(new StoreSession(_connection, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        // Work still in flight as the host stops (a webhook delivery's write) finishes first: closing the connection
        // under its open transaction failed inside Microsoft.Data.Sqlite (a NullReferenceException, seen in CI).
        _gate.Wait();
        _connection.Dispose();
        _gate.Dispose();
    }

    private void Migrate()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
            throw new InvalidOperationException($"The Stripe emulator database was written by a newer emulator (schema {version}).");
        command.CommandText = $"""
            CREATE TABLE IF NOT EXISTS objects (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, livemode INTEGER NOT NULL, created INTEGER NOT NULL,
                status TEXT NULL, expires_at INTEGER NULL, json TEXT NOT NULL, extra TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_objects_type ON objects (type, status, expires_at);
            CREATE TABLE IF NOT EXISTS events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
                livemode INTEGER NOT NULL, created INTEGER NOT NULL, object_id TEXT NOT NULL, body TEXT NOT NULL,
                delivery_state TEXT NOT NULL, attempts_in_round INTEGER NOT NULL, next_attempt_at INTEGER NULL);
            CREATE INDEX IF NOT EXISTS ix_events_due ON events (delivery_state, next_attempt_at);
            CREATE TABLE IF NOT EXISTS delivery_attempts (
                seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, at INTEGER NOT NULL,
                status INTEGER NOT NULL, error TEXT NULL);
            CREATE INDEX IF NOT EXISTS ix_delivery_attempts_event ON delivery_attempts (event_id, seq);
            CREATE TABLE IF NOT EXISTS idempotency_keys (
                livemode INTEGER NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
                body TEXT NOT NULL, created INTEGER NOT NULL, PRIMARY KEY (livemode, key));
            CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            PRAGMA user_version = {SchemaVersion};
            """;
        command.ExecuteNonQuery();
    }
}

/// <summary>Queries and changes on the store, valid only inside one <see cref="EmulatorStore"/> call.</summary>
internal sealed class StoreSession(SqliteConnection connection, SqliteTransaction? transaction)
{
    public StoredObject? Find(string id)
    {
        using var command = Command("SELECT id, type, livemode, created, json, extra FROM objects WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadObject(reader) : null;
    }

    public void Put(string type, bool livemode, JsonObject json, JsonObject? extra = null)
    {
        var id = (string)json["id"]!;
        var status = json["status"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)json["status"] : null;
        var expiresAt = type == "checkout.session" ? (long?)json["expires_at"] : null;
        using var command = Command(
            """
            INSERT INTO objects (id, type, livemode, created, status, expires_at, json, extra)
            VALUES ($id, $type, $livemode, $created, $status, $expires, $json, $extra)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, expires_at = excluded.expires_at,
                json = excluded.json, extra = COALESCE(excluded.extra, objects.extra)
            """,
            ("$id", id), ("$type", type), ("$livemode", livemode), ("$created", (long)json["created"]!),
            ("$status", status), ("$expires", expiresAt), ("$json", json.ToJsonString()), ("$extra", extra?.ToJsonString()));
        command.ExecuteNonQuery();
    }

    /// <summary>The newest objects of a type in either mode, optionally only those matching <paramref name="match"/>.</summary>
    public IReadOnlyList<StoredObject> List(string type, int limit, JsonMatch? match = null)
    {
        using var command = Command(
            $"SELECT id, type, livemode, created, json, extra FROM objects WHERE type = $type AND {MatchFilter} ORDER BY created DESC, rowid DESC LIMIT $limit",
            ("$type", type), ("$limit", limit), ("$path", match?.Path), ("$value", match?.Value));
        using var reader = command.ExecuteReader();
        var result = new List<StoredObject>();
        while (reader.Read()) result.Add(ReadObject(reader));
        return result;
    }

    /// <summary>One mode's objects of a type, newest first (creation order), optionally of one status and matching <paramref name="match"/>.</summary>
    public Page<StoredObject> PageObjects(string type, bool livemode, string? status, PageRequest page, JsonMatch? match = null) => Paged(
        type, "SELECT id, type, livemode, created, json, extra FROM objects", "objects", "rowid",
        $"type = $type AND livemode = $livemode AND ($status IS NULL OR status = $status) AND {MatchFilter}",
        [("$type", type), ("$livemode", livemode), ("$status", status), ("$path", match?.Path), ("$value", match?.Value)], page, ReadObject);

    private const string MatchFilter = "($path IS NULL OR json_extract(json, $path) = $value)";

    /// <summary>One mode's events, newest first, of any of <paramref name="types"/> (all when empty).</summary>
    public Page<StoredEvent> PageEvents(bool livemode, IReadOnlyCollection<string> types, PageRequest page) => Paged(
        "event", EventColumns, "events", "seq", "livemode = $livemode AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))",
        [("$livemode", livemode), ("$types", types.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(types))], page, ReadEvent);

    /// <summary>
    /// Keyset paging as Stripe's lists behave: newest first; <c>starting_after</c> continues to older items,
    /// <c>ending_before</c> to newer ones (still answered newest first). A cursor outside the filter is Stripe's 404.
    /// </summary>
    private Page<T> Paged<T>(
        string objectName, string select, string table, string key, string filter, (string Name, object? Value)[] parameters, PageRequest page, Func<SqliteDataReader, T> read)
    {
        var cursorId = page.StartingAfter ?? page.EndingBefore;
        long? cursor = null;
        if (cursorId is not null)
        {
            using var find = Command($"SELECT {key} FROM {table} WHERE id = $cursor AND {filter}", [.. parameters, ("$cursor", cursorId)]);
            cursor = find.ExecuteScalar() as long?
                ?? throw Api.StripeApiException.NoSuch(objectName, cursorId, page.StartingAfter is null ? "ending_before" : "starting_after");
        }
        var forward = page.EndingBefore is null;
        var bound = cursor is null ? "" : forward ? $" AND {key} < $bound" : $" AND {key} > $bound";
        using var command = Command(
            $"{select} WHERE {filter}{bound} ORDER BY {key} {(forward ? "DESC" : "ASC")} LIMIT $limit",
            [.. parameters, ("$bound", cursor), ("$limit", page.Limit + 1)]);
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read()) items.Add(read(reader));
        var hasMore = items.Count > page.Limit;
        if (hasMore) items.RemoveAt(items.Count - 1);
        if (!forward) items.Reverse();
        return new Page<T>(items, hasMore);
    }

    public IReadOnlyList<string> OpenSessionsExpiringBy(long unixSeconds)
    {
        using var command = Command(
            "SELECT id FROM objects WHERE type = 'checkout.session' AND status = 'open' AND expires_at <= $now",
            ("$now", unixSeconds));
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read()) result.Add(reader.GetString(0));
        return result;
    }

    public long? NextSessionExpiry()
    {
        using var command = Command("SELECT MIN(expires_at) FROM objects WHERE type = 'checkout.session' AND status = 'open'");
        return command.ExecuteScalar() is long value ? value : null;
    }

    public void InsertEvent(StoredEvent e)
    {
        using var command = Command(
            """
            INSERT INTO events (id, type, livemode, created, object_id, body, delivery_state, attempts_in_round, next_attempt_at)
            VALUES ($id, $type, $livemode, $created, $object, $body, $state, $attempts, $next)
            """,
            ("$id", e.Id), ("$type", e.Type), ("$livemode", e.Livemode), ("$created", e.Created), ("$object", e.ObjectId),
            ("$body", e.Body), ("$state", e.State.ToString()), ("$attempts", e.AttemptsInRound),
            ("$next", e.NextAttemptAt?.ToUnixTimeMilliseconds()));
        command.ExecuteNonQuery();
    }

    public StoredEvent? FindEvent(string id)
    {
        using var command = Command($"{EventColumns} WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadEvent(reader) : null;
    }

    public IReadOnlyList<StoredEvent> ListEvents(int limit, string? type = null, string? objectId = null)
    {
        using var command = Command(
            $"{EventColumns} WHERE ($type IS NULL OR type = $type) AND ($object IS NULL OR object_id = $object) ORDER BY seq DESC LIMIT $limit",
            ("$type", type), ("$object", objectId), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var result = new List<StoredEvent>();
        while (reader.Read()) result.Add(ReadEvent(reader));
        return result;
    }

    public IReadOnlyList<StoredEvent> DueEvents(DateTimeOffset now)
    {
        using var command = Command(
            $"{EventColumns} WHERE delivery_state = 'Pending' AND next_attempt_at <= $now ORDER BY seq",
            ("$now", now.ToUnixTimeMilliseconds()));
        using var reader = command.ExecuteReader();
        var result = new List<StoredEvent>();
        while (reader.Read()) result.Add(ReadEvent(reader));
        return result;
    }

    public DateTimeOffset? NextDueAttempt()
    {
        using var command = Command("SELECT MIN(next_attempt_at) FROM events WHERE delivery_state = 'Pending'");
        return command.ExecuteScalar() is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public void UpdateDelivery(string eventId, DeliveryState state, int attemptsInRound, DateTimeOffset? nextAttemptAt)
    {
        using var command = Command(
            "UPDATE events SET delivery_state = $state, attempts_in_round = $attempts, next_attempt_at = $next WHERE id = $id",
            ("$id", eventId), ("$state", state.ToString()), ("$attempts", attemptsInRound), ("$next", nextAttemptAt?.ToUnixTimeMilliseconds()));
        command.ExecuteNonQuery();
    }

    /// <summary>Marks a due event as being delivered now (pending with no next attempt time).</summary>
    public void ClaimDelivery(string eventId)
    {
        using var command = Command("UPDATE events SET next_attempt_at = NULL WHERE id = $id AND delivery_state = 'Pending'", ("$id", eventId));
        command.ExecuteNonQuery();
    }

    public bool IsClaimed(string eventId)
    {
        using var command = Command("SELECT COUNT(*) FROM events WHERE id = $id AND delivery_state = 'Pending' AND next_attempt_at IS NULL", ("$id", eventId));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    public void ReleaseClaimedDeliveries(DateTimeOffset now)
    {
        using var command = Command(
            "UPDATE events SET next_attempt_at = $now WHERE delivery_state = 'Pending' AND next_attempt_at IS NULL",
            ("$now", now.ToUnixTimeMilliseconds()));
        command.ExecuteNonQuery();
    }

    public void AddAttempt(DeliveryAttempt attempt)
    {
        using var command = Command(
            "INSERT INTO delivery_attempts (event_id, at, status, error) VALUES ($event, $at, $status, $error)",
            ("$event", attempt.EventId), ("$at", attempt.At.ToUnixTimeMilliseconds()), ("$status", attempt.Status), ("$error", attempt.Error));
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<DeliveryAttempt> Attempts(string eventId)
    {
        using var command = Command("SELECT event_id, at, status, error FROM delivery_attempts WHERE event_id = $id ORDER BY seq", ("$id", eventId));
        using var reader = command.ExecuteReader();
        var result = new List<DeliveryAttempt>();
        while (reader.Read())
        {
            result.Add(new DeliveryAttempt(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return result;
    }

    public IdempotentResponse? FindIdempotent(bool livemode, string key, long notBefore)
    {
        using var command = Command(
            "SELECT fingerprint, status, body FROM idempotency_keys WHERE livemode = $livemode AND key = $key AND created >= $notBefore",
            ("$livemode", livemode), ("$key", key), ("$notBefore", notBefore));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new IdempotentResponse(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    public void SaveIdempotent(bool livemode, string key, IdempotentResponse response, long created)
    {
        using var command = Command(
            """
            INSERT INTO idempotency_keys (livemode, key, fingerprint, status, body, created) VALUES ($livemode, $key, $fp, $status, $body, $created)
            ON CONFLICT (livemode, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
                body = excluded.body, created = excluded.created
            """,
            ("$livemode", livemode), ("$key", key), ("$fp", response.Fingerprint), ("$status", response.StatusCode),
            ("$body", response.Body), ("$created", created));
        command.ExecuteNonQuery();
    }

    public string? Setting(string key)
    {
        using var command = Command("SELECT value FROM settings WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    public void SetSetting(string key, string value)
    {
        using var command = Command(
            "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("$key", key), ("$value", value));
        command.ExecuteNonQuery();
    }

    private const string EventColumns =
        "SELECT id, type, livemode, created, object_id, body, delivery_state, attempts_in_round, next_attempt_at FROM events";

    private static StoredEvent ReadEvent(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5),
        Enum.Parse<DeliveryState>(reader.GetString(6)), reader.GetInt32(7),
        reader.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)));

    private static StoredObject ReadObject(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt64(3),
        JsonNode.Parse(reader.GetString(4))!.AsObject(),
        reader.IsDBNull(5) ? null : JsonNode.Parse(reader.GetString(5))!.AsObject());

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
