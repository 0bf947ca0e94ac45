using System.Buffers.Binary;
using System.Security.Cryptography;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>What an authenticator app computes (RFC 6238: HMAC-SHA1 over 30-second steps, six digits) from the shared key the set-up page shows.</summary>
internal static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string sharedKey, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(Base32Decode(sharedKey), counter);
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string sharedKey) => Code(sharedKey, DateTimeOffset.UtcNow);

    /// <summary>A code that is valid for no time step near now (the app accepts a little clock drift either way).</summary>
    public static string Wrong(string sharedKey)
    {
        var now = DateTimeOffset.UtcNow;
        var nearby = Enumerable.Range(-3, 7).Select(step => Code(sharedKey, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !nearby.Contains(code));
    }

    private static byte[] Base32Decode(string key)
    {
        var clean = key.Replace(" ", "").TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            buffer = (buffer << 5) | (value >= 0 ? value : throw new FormatException($"'{c}' is not a base32 letter."));
            bits += 5;
            if (bits < 8)
                continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }

        return [.. bytes];
    }
}
