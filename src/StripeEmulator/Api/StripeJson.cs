using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpriteDX.StripeEmulator.Api;

internal static class StripeJson
{
    /// <summary>Indented like Stripe's responses and without HTML escaping, so URLs keep their <c>&amp;</c>.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);
}
