using System.Text.Json.Nodes;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>An error answered with Stripe's error body: <c>{"error": {type, code, message, param, …}}</c>.</summary>
internal sealed class StripeApiException(
    int statusCode, string type, string message, string? code = null, string? param = null, string? declineCode = null,
    IReadOnlyDictionary<string, JsonNode?>? details = null)
    : Exception(message)
{
    private readonly IReadOnlyDictionary<string, JsonNode?> _details = details ?? new Dictionary<string, JsonNode?>();

    public int StatusCode { get; } = statusCode;
    public string Type { get; } = type;
    public string? Code { get; } = code;
    public string? Param { get; } = param;
    public string? DeclineCode { get; } = declineCode;

    /// <summary>The same error carrying one more of Stripe's objects, as a declined payment's error names its
    /// <c>charge</c>, <c>payment_intent</c> and <c>payment_method</c>.</summary>
    public StripeApiException With(string key, JsonNode? value) => new(StatusCode, Type, Message, Code, Param, DeclineCode,
        new Dictionary<string, JsonNode?>(_details) { [key] = value?.DeepClone() });

    /// <summary>
    /// The inside of Stripe's error body, keys in Stripe's (alphabetical) order. Stripe omits the keys it has no
    /// value for; the emulator sends every key of the shape (null when absent) so a client in any language can tell
    /// an error from an object by its keys alone.
    /// </summary>
    public JsonObject ErrorObject()
    {
        var keys = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["code"] = Code,
            ["doc_url"] = Code is null ? null : $"https://stripe.com/docs/error-codes/{Code.Replace('_', '-')}",
            ["message"] = Message,
            ["param"] = Param,
            ["type"] = Type,
        };
        if (DeclineCode is not null) keys["decline_code"] = DeclineCode;
        foreach (var (key, value) in _details) keys[key] = value?.DeepClone();
        var error = new JsonObject();
        foreach (var (key, value) in keys) error[key] = value;
        return error;
    }

    public JsonObject ToJson() => new() { ["error"] = ErrorObject() };

    public static StripeApiException InvalidRequest(string message, string? param = null, string? code = null) =>
        new(400, "invalid_request_error", message, code, param);

    public static StripeApiException Missing(string param) =>
        InvalidRequest($"Missing required param: {param}.", param, "parameter_missing");

    public static StripeApiException Unknown(string param) =>
        InvalidRequest($"Received unknown parameter: {param}", param, "parameter_unknown");

    public static StripeApiException NoSuch(string objectName, string id, string param, bool? existsInOtherMode = null, bool requestLivemode = false)
    {
        var message = $"No such {objectName}: '{id}'";
        if (existsInOtherMode == true)
        {
            message += requestLivemode
                ? "; a similar object exists in test mode, but a live mode key was used to make this request."
                : "; a similar object exists in live mode, but a test mode key was used to make this request.";
        }
        return new StripeApiException(404, "invalid_request_error", message, "resource_missing", param);
    }

    public static StripeApiException CardDeclined(string message, string code, string? declineCode, string? param = null) =>
        new(402, "card_error", message, code, param, declineCode);
}
