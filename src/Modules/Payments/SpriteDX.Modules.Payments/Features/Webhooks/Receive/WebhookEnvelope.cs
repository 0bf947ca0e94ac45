using System.Text.Json;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

/// <summary>
/// What the edge needs of a Stripe event: its id (the receipt's key), type, mode (which secret signs it) and
/// the id of the object it is about. The typed event is built later, in reconciliation, for the few events
/// whose object's details matter.
/// </summary>
internal sealed record WebhookEnvelope(string Id, string Type, bool Livemode, string? ObjectId)
{
    /// <summary>
    /// One forward pass over the raw bytes; null unless the body is an event object with a string `id`,
    /// `type` and `api_version` (Stripe.net cannot parse an event without one), a boolean `livemode` and a
    /// `data.object` object. Only the top level and `data.object`'s own `id` are read: ids nested deeper
    /// (a customer, a request, metadata) are skipped whole.
    /// </summary>
    public static WebhookEnvelope? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return ReadEvent(json);
        }
        catch (JsonException)
        {
            return null; // not JSON, or nested deeper than the reader's limit
        }
    }

    private static WebhookEnvelope? ReadEvent(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return null;

        string? id = null, type = null, apiVersion = null, objectId = null;
        bool? livemode = null;
        var hasObject = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
                id = StringValue(ref reader);
            else if (reader.ValueTextEquals("type"u8))
                type = StringValue(ref reader);
            else if (reader.ValueTextEquals("api_version"u8))
                apiVersion = StringValue(ref reader);
            else if (reader.ValueTextEquals("livemode"u8))
                livemode = BooleanValue(ref reader);
            else if (reader.ValueTextEquals("data"u8))
                (hasObject, objectId) = DataValue(ref reader);
            else
                reader.Skip();
        }

        if (reader.Read())
            return null; // something after the event
        return id is { Length: > 0 } && type is { Length: > 0 } && livemode is { } mode && apiVersion is not null && hasObject
            ? new WebhookEnvelope(id, type, mode, objectId)
            : null;
    }

    /// <summary>`data`: whether it holds an `object` object, and that object's own `id`.</summary>
    private static (bool HasObject, string? ObjectId) DataValue(ref Utf8JsonReader reader)
    {
        var (hasObject, objectId) = (false, (string?)null);
        if (!Enters(ref reader))
            return (hasObject, objectId);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("object"u8) || !Enters(ref reader))
            {
                reader.Skip();
                continue;
            }

            hasObject = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                    objectId = StringValue(ref reader);
                else
                    reader.Skip();
            }
        }

        return (hasObject, objectId);
    }

    /// <summary>Moves to the property's value; true when it is an object to read into, else past the value.</summary>
    private static bool Enters(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
            return true;
        reader.Skip();
        return false;
    }

    private static string? StringValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        reader.Skip(); // nothing for a scalar; past the end of an object or array
        return value;
    }

    private static bool? BooleanValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        bool? value = reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : null;
        reader.Skip();
        return value;
    }
}
