using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>
/// Signed `checkout.session.completed` events as Stripe sends them: the repository's recorded fixture
/// (tests/SpriteDX.StripeEmulator.Tests/Fixtures), each with a fresh event and session id, signed
/// `t=…,v1=HMAC-SHA256(secret, "t.body")` with the webhook secret the benchmark Host is given.
/// </summary>
internal sealed class StripeWebhooks
{
    /// <summary>The test-mode webhook secret of the benchmark Host (HostSession sets it; its emulator signs with it too).</summary>
    public const string TestSecret = "whsec_bench_spritedx_test_local_only";

    public const string LiveSecret = "whsec_bench_spritedx_live_local_only";

    private const string FixturePath = "tests/SpriteDX.StripeEmulator.Tests/Fixtures/stripe/events/checkout.session.completed.paid.json";
    private const string EventIdToken = "{{event_id}}";
    private const string SessionIdToken = "{{session_id}}";

    private readonly string _template;
    private readonly byte[] _key = Encoding.UTF8.GetBytes(TestSecret);

    private StripeWebhooks(string template) => _template = template;

    public static StripeWebhooks Load(string repositoryRoot)
    {
        var fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(repositoryRoot, FixturePath)))!;
        if ((bool?)fixture["livemode"] != false)
            throw new InvalidOperationException($"{FixturePath} is expected to be a test-mode event.");
        var sessionId = (string)fixture["data"]!["object"]!["id"]!;
        fixture["id"] = EventIdToken;
        var template = fixture.ToJsonString().Replace(sessionId, SessionIdToken, StringComparison.Ordinal);
        return new StripeWebhooks(template);
    }

    /// <summary>A new event about a session SpriteDX does not know (recorded, acknowledged, then rejected by reconciliation).</summary>
    public (string Body, string Signature) NextCompleted()
    {
        var id = Guid.NewGuid().ToString("n");
        var body = _template.Replace(EventIdToken, "evt_bench_" + id, StringComparison.Ordinal)
            .Replace(SessionIdToken, "cs_test_bench_" + id, StringComparison.Ordinal);
        var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{t}.{body}"));
        return (body, $"t={t},v1={Convert.ToHexStringLower(mac)}");
    }

    /// <summary>Posts one new signed event to /stripe/webhook; true on the 200 Stripe waits for.</summary>
    public async Task<bool> PostAsync(HttpClient client, CancellationToken ct)
    {
        var (body, signature) = NextCompleted();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        using var response = await client.SendAsync(request, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>A client like Stripe's sender: no cookies, kept-alive loopback connections.</summary>
    public static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
