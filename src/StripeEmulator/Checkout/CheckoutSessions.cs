using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Checkout;

/// <summary>Checkout Sessions: create, read, expire (on request or when <c>expires_at</c> passes).</summary>
internal sealed class CheckoutSessions(EmulatorStore store, EventRecorder events, DeliverySignal signal, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    private const string CustomersEmail = "customers_email";

    /// <summary>The email Checkout already has and does not ask for: <c>customer_email</c>, or the customer's own.</summary>
    public static string? KnownEmail(StoredObject session) =>
        (string?)session.Json["customer_email"] ?? (string?)session.Extra?[CustomersEmail];

    /// <param name="baseUrl">Where this emulator's pages are reachable, e.g. <c>http://127.0.0.1:5000/stripe-emulator</c>.</param>
    public async Task<JsonObject> CreateAsync(SessionInput input, string baseUrl, IReadOnlyList<string> expand, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var id = StripeIds.CheckoutSession(input.Livemode);
        var expiresAt = input.ExpiresAt ?? now + (long)DefaultLifetime.TotalSeconds;
        var session = StripeObjects.Session(input, id, now, expiresAt, $"{baseUrl}/pay/{id}");
        var extra = new JsonObject
        {
            ["base_url"] = baseUrl,
            ["line_items"] = new JsonArray(input.LineItems.Select(i => (JsonNode)StripeObjects.LineItem(i, input.Livemode, now)).ToArray()),
            // Stripe keeps product descriptions on the product; the emulator has no products, only the page shows them.
            ["product_descriptions"] = new JsonArray(input.LineItems.Select(i => (JsonNode?)i.Description).ToArray()),
            ["payment_intent_data"] = new JsonObject
            {
                ["description"] = input.PaymentIntentData.Description,
                ["metadata"] = new JsonObject(input.PaymentIntentData.Metadata.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                ["receipt_email"] = input.PaymentIntentData.ReceiptEmail,
                ["statement_descriptor"] = input.PaymentIntentData.StatementDescriptor,
                ["statement_descriptor_suffix"] = input.PaymentIntentData.StatementDescriptorSuffix,
                ["setup_future_usage"] = input.PaymentIntentData.SetupFutureUsage,
            },
        };
        var created = await store.WriteAsync(s =>
        {
            if (input.CustomerId is { } customerId)
                extra[CustomersEmail] = (string?)ObjectReader.Require(s, "customer", customerId, input.Livemode, "customer").Json["email"];
            s.Put("checkout.session", input.Livemode, session, extra);
            return ObjectReader.Expand(s, s.Find(id)!, expand);
        }, ct);
        // The dispatcher also expires sessions: it must learn of this one's expires_at.
        signal.Notify();
        return created;
    }

    public async Task<JsonObject> GetAsync(string id, bool livemode, IReadOnlyList<string> expand, CancellationToken ct)
    {
        await ExpireDueAsync(ct);
        return await store.ReadAsync(s => ObjectReader.Expand(s, ObjectReader.Require(s, "checkout.session", id, livemode, "session"), expand), ct);
    }

    public async Task<JsonObject> LineItemsAsync(string id, bool livemode, CancellationToken ct) =>
        await store.ReadAsync(s => (JsonObject)ObjectReader.Expand(s, ObjectReader.Require(s, "checkout.session", id, livemode, "session"), ["line_items"])["line_items"]!.DeepClone(), ct);

    public async Task<JsonObject> ExpireAsync(string id, bool livemode, IReadOnlyList<string> expand, RequestOrigin origin, CancellationToken ct)
    {
        await ExpireDueAsync(ct);
        var result = await store.WriteAsync(s =>
        {
            var stored = ObjectReader.Require(s, "checkout.session", id, livemode, "session");
            var status = (string?)stored.Json["status"];
            if (status != "open")
            {
                throw StripeApiException.InvalidRequest(
                    $"Only Checkout Sessions with a status in [\"open\"] can be expired; this one is {status}.", code: "checkout_session_not_open");
            }
            Expire(s, stored, origin);
            return ObjectReader.Expand(s, s.Find(id)!, expand);
        }, ct);
        signal.Notify();
        return result;
    }

    /// <summary>Expires every open session past its <c>expires_at</c>, as Stripe does on its own.</summary>
    public async Task ExpireDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var expired = await store.WriteAsync(s =>
        {
            var due = s.OpenSessionsExpiringBy(now);
            foreach (var id in due) Expire(s, s.Find(id)!, RequestOrigin.None);
            return due.Count;
        }, ct);
        if (expired > 0) signal.Notify();
    }

    public Task<DateTimeOffset?> NextExpiryAsync(CancellationToken ct) =>
        store.ReadAsync(s => s.NextSessionExpiry() is { } at ? DateTimeOffset.FromUnixTimeSeconds(at) : (DateTimeOffset?)null, ct);

    private void Expire(StoreSession s, StoredObject stored, RequestOrigin origin)
    {
        var session = stored.Json;
        session["status"] = "expired";
        session["url"] = null;
        s.Put("checkout.session", stored.Livemode, session);
        events.Record(s, "checkout.session.expired", session, origin: origin);
    }
}
