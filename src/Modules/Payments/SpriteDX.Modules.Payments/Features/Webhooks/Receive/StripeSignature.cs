using System.Globalization;
using System.Security.Cryptography;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

internal enum SignatureCheck
{
    Valid,
    Malformed,
    NoMatch,
    OutsideTolerance,
}

/// <summary>
/// Stripe's webhook signature over the raw bytes: `Stripe-Signature: t={unix seconds},v1={hex},v1=…,v0=…`
/// where each v1 is HMAC-SHA256(key = the endpoint secret, "{t}.{body}"). Any one matching v1 is enough
/// (two while a secret is rolled); v0 and other schemes are ignored. The compare is constant-time, and the
/// timestamp must lie within the tolerance either way, so a captured request cannot be replayed later.
/// </summary>
internal static class StripeSignature
{
    private const int HashBytes = 32;

    /// <summary>Unix seconds fit in far fewer; anything longer is not a timestamp.</summary>
    private const int MaxTimestampDigits = 19;

    public static SignatureCheck Check(ReadOnlySpan<byte> body, ReadOnlySpan<char> header, ReadOnlySpan<byte> secret, long now, long toleranceSeconds)
    {
        var timestamp = Value(header, "t");
        if (timestamp.Length > MaxTimestampDigits || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.Malformed;

        Span<byte> expected = stackalloc byte[HashBytes];
        Expected(body, timestamp, secret, expected);
        if (!AnyV1Matches(header, expected))
            return SignatureCheck.NoMatch;
        return Math.Abs(now - seconds) <= toleranceSeconds ? SignatureCheck.Valid : SignatureCheck.OutsideTolerance;
    }

    /// <summary>The first value of a key in the header; empty when there is none.</summary>
    private static ReadOnlySpan<char> Value(ReadOnlySpan<char> header, ReadOnlySpan<char> wanted)
    {
        foreach (var range in header.Split(','))
            if (Is(header[range], wanted, out var value))
                return value;
        return [];
    }

    private static void Expected(ReadOnlySpan<byte> body, ReadOnlySpan<char> timestamp, ReadOnlySpan<byte> secret, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        Span<byte> prefix = stackalloc byte[timestamp.Length + 1];
        for (var i = 0; i < timestamp.Length; i++)
            prefix[i] = (byte)timestamp[i]; // ASCII digits, as parsed above
        prefix[^1] = (byte)'.';
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static bool AnyV1Matches(ReadOnlySpan<char> header, ReadOnlySpan<byte> expected)
    {
        Span<byte> candidate = stackalloc byte[HashBytes];
        var matched = false;
        foreach (var range in header.Split(','))
        {
            // Every v1 is compared, so the time taken does not tell which one matched.
            if (Is(header[range], "v1", out var value) && value.Length == HashBytes * 2
                            && Convert.FromHexString(value, candidate, out _, out var written) == System.Buffers.OperationStatus.Done
                            && written == HashBytes)
                matched |= CryptographicOperations.FixedTimeEquals(candidate, expected);
        }

        return matched;
    }

    /// <summary>Whether the `key=value` item has this key, and its value.</summary>
    private static bool Is(ReadOnlySpan<char> item, ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var equals = item.IndexOf('=');
        value = equals < 0 ? [] : item[(equals + 1)..].Trim();
        return equals >= 0 && item[..equals].Trim().SequenceEqual(key);
    }
}
