using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>Stripe's webhook signature: <c>t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256 of "t." + body&gt;</c>.</summary>
internal static class WebhookSignature
{
    public static string Header(string body, string secret, long unixTime)
    {
        var payload = Encoding.UTF8.GetBytes(unixTime.ToString(CultureInfo.InvariantCulture) + "." + body);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);
        return $"t={unixTime.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(hash)}";
    }
}
