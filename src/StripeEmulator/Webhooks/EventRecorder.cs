using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>What caused an event: an API request (its id and idempotency key) or nothing (a customer's action).</summary>
internal sealed record RequestOrigin(string? RequestId, string? IdempotencyKey)
{
    public static readonly RequestOrigin None = new(null, null);
}

/// <summary>Records events in the same transaction as the change they describe and queues their delivery.</summary>
internal sealed class EventRecorder(WebhookEndpoint endpoint, TimeProvider clock)
{
    /// <param name="livemode">The mode, for objects that do not carry it (a refund has no <c>livemode</c> field).</param>
    public StoredEvent Record(
        StoreSession store, string type, JsonObject dataObject, JsonObject? previousAttributes = null, RequestOrigin? origin = null,
        bool? livemode = null)
    {
        var now = clock.GetUtcNow();
        livemode ??= (bool)dataObject["livemode"]!;
        var deliver = endpoint.IsConfigured;
        var id = StripeIds.Event();
        var json = StripeObjects.Event(id, type, now.ToUnixTimeSeconds(), dataObject, previousAttributes, livemode.Value,
            deliver ? 1 : 0, origin?.RequestId, origin?.IdempotencyKey);
        var stored = new StoredEvent(id, type, livemode.Value, now.ToUnixTimeSeconds(), (string)dataObject["id"]!,
            StripeJson.Serialize(json), deliver ? DeliveryState.Pending : DeliveryState.None, 0, deliver ? now : null);
        store.InsertEvent(stored);
        return stored;
    }
}
