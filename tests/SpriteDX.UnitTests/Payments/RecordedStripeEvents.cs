using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SpriteDX.UnitTests.Payments;

/// <summary>
/// Stripe's recorded events and their signatures (tests/SpriteDX.StripeEmulator.Tests/Fixtures/stripe, copied
/// from the shared fixtures), read as exact bytes: a signature covers every byte of the file.
/// </summary>
internal static class RecordedStripeEvents
{
    private static readonly Lazy<JsonElement> Signatures = new(() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(), "signatures.json"))).RootElement);

    public static string Secret => Signatures.Value.GetProperty("secret").GetString()!;

    public static string PreviousSecret => Signatures.Value.GetProperty("previous_secret").GetString()!;

    /// <summary>The `events/…` files that have recorded signatures.</summary>
    public static IEnumerable<string> Names() => Signatures.Value.GetProperty("files").EnumerateObject().Select(f => f.Name);

    public static byte[] Body(string name) => File.ReadAllBytes(Path.Combine(Folder(), name));

    /// <summary>A recorded header (`header`, `header_test_mode_with_v0`, `header_rolling_two_v1`, `header_tampered_v1`) and its timestamp.</summary>
    public static (string Header, long Timestamp) Signature(string name, string kind)
    {
        var file = Signatures.Value.GetProperty("files").GetProperty(name);
        return (file.GetProperty(kind).GetString()!, file.GetProperty("timestamp").GetInt64());
    }

    /// <summary>Stripe's v1 signature of raw bytes: HMAC-SHA256(secret, "{t}.{body}").</summary>
    public static byte[] V1(string secret, long t, byte[] body)
    {
        byte[] signed = [.. Encoding.ASCII.GetBytes(t.ToString(CultureInfo.InvariantCulture) + "."), .. body];
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
            directory = directory.Parent;
        return directory is null
            ? throw new InvalidOperationException("The tests run outside the repository.")
            : Path.Combine(directory.FullName, "tests", "SpriteDX.StripeEmulator.Tests", "Fixtures", "stripe");
    }
}
