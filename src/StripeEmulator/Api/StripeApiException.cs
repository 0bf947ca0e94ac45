using System.Text.Json.Nodes;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>An error answered with Stripe's error body: <c>{"error": {type, code, message, param, …}}</c>.</summary>
internal sealed class StripeApiException(
    int statusCode, string type, string message, string? code = null, string? param = null, string? declineCode = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Type { get; } = type;
    public string? Code { get; } = code;
    public string? Param { get; } = param;
    public string? DeclineCode { get; } = declineCode;

    /// <summary>
    /// Stripe's error body. Stripe omits the keys it has no value for; the emulator sends every key of the
    /// shape (null when absent) so a client in any language can tell an error from an object by its keys alone.
    /// </summary>
    public JsonObject ToJson()
    {
        var error = new JsonObject { ["code"] = Code };
        if (DeclineCode is not null) error["decline_code"] = DeclineCode;
        error["doc_url"] = Code is null ? null : $"https://stripe.com/docs/error-codes/{Code.Replace('_', '-')}";
        error["message"] = Message;
        error["param"] = Param;
        error["type"] = Type;
        return new JsonObject { ["error"] = error };
    }

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
