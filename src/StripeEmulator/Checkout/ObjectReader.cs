using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Checkout;

/// <summary>Reads stored objects as one mode's API key sees them, and expands fields on request.</summary>
internal static class ObjectReader
{
    private static readonly Dictionary<string, string> ObjectNames = new()
    {
        ["checkout.session"] = "checkout.session",
        ["payment_intent"] = "payment_intent",
        ["charge"] = "charge",
        ["refund"] = "refund",
        ["dispute"] = "dispute",
        ["customer"] = "customer",
        ["payment_method"] = "PaymentMethod",
    };

    // Which field of which object expands to what; "line_items" and "refunds" are lists kept beside the object.
    private static readonly Dictionary<string, Dictionary<string, string>> Expandable = new()
    {
        ["checkout.session"] = new() { ["payment_intent"] = "payment_intent", ["line_items"] = "list", ["customer"] = "customer" },
        ["payment_intent"] = new() { ["latest_charge"] = "charge", ["customer"] = "customer", ["payment_method"] = "payment_method" },
        ["charge"] = new() { ["payment_intent"] = "payment_intent", ["refunds"] = "list", ["customer"] = "customer" },
        ["payment_method"] = new() { ["customer"] = "customer" },
        ["refund"] = new() { ["charge"] = "charge", ["payment_intent"] = "payment_intent" },
        ["dispute"] = new() { ["charge"] = "charge", ["payment_intent"] = "payment_intent" },
    };

    /// <summary>The object, or Stripe's 404 (also when it exists only in the other mode).</summary>
    public static StoredObject Require(StoreSession store, string type, string id, bool livemode, string param = "id")
    {
        var found = store.Find(id);
        if (found is null || found.Type != type) throw StripeApiException.NoSuch(ObjectNames[type], id, param);
        if (found.Livemode != livemode) throw StripeApiException.NoSuch(ObjectNames[type], id, param, existsInOtherMode: true, requestLivemode: livemode);
        return found;
    }

    /// <summary>The object regardless of mode, for the emulator's own control API and pages.</summary>
    public static StoredObject? FindAnyMode(StoreSession store, string type, string id) =>
        store.Find(id) is { } found && found.Type == type ? found : null;

    public static void ValidateExpansions(string type, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var current = type;
            foreach (var field in path.Split('.'))
            {
                if (!Expandable.TryGetValue(current, out var fields) || !fields.TryGetValue(field, out var next))
                    throw StripeApiException.InvalidRequest($"This property cannot be expanded ({field}).", "expand");
                current = next;
            }
        }
    }

    public static JsonObject Expand(StoreSession store, StoredObject stored, IReadOnlyList<string> paths)
    {
        var json = (JsonObject)stored.Json.DeepClone();
        foreach (var path in paths) ExpandPath(store, stored, json, path.Split('.'));
        return json;
    }

    private static void ExpandPath(StoreSession store, StoredObject owner, JsonObject json, ReadOnlySpan<string> fields)
    {
        var field = fields[0];
        var rest = fields[1..];
        if (field is "line_items" or "refunds")
        {
            json[field] = ListBeside(owner, field);
            return;
        }
        switch (json[field])
        {
            case JsonValue value when value.TryGetValue<string>(out var id) && store.Find(id) is { } target:
                var expanded = (JsonObject)target.Json.DeepClone();
                if (!rest.IsEmpty) ExpandPath(store, target, expanded, rest);
                json[field] = expanded;
                break;
            case JsonObject already when !rest.IsEmpty && store.Find((string)already["id"]!) is { } target:
                ExpandPath(store, target, already, rest);
                break;
        }
    }

    private static JsonObject ListBeside(StoredObject owner, string field)
    {
        var url = field == "line_items" ? $"/v1/checkout/sessions/{owner.Id}/line_items" : $"/v1/charges/{owner.Id}/refunds";
        var items = owner.Extra?[field] as JsonArray ?? [];
        return StripeObjects.List(url, items.Where(i => i is not null).Select(i => i!));
    }
}
