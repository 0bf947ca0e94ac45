using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SpriteDX.Modules.Accounts.Features.ApiKeys;

/// <summary>
/// An API key as a person holds it: `sdx_` and 32 random bytes in base64url (43 characters). Its first
/// <see cref="PrefixLength"/> characters after `sdx_` name its row; the SHA-256 of the whole key proves it.
/// </summary>
internal sealed record ApiKeySecret(string Token, string Prefix, byte[] Hash)
{
    public const string Marker = "sdx_";
    public const int PrefixLength = 10;
    private const int SecretBytes = 32;
    private static readonly int TokenLength = Marker.Length + Base64Url.GetEncodedLength(SecretBytes);

    public static ApiKeySecret New()
    {
        var token = Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return new ApiKeySecret(token, PrefixOf(token), HashOf(token));
    }

    /// <summary>A well-formed key, or null: anything else is refused before any database read.</summary>
    public static ApiKeySecret? Parse(string? token) =>
        token is not null && token.Length == TokenLength && token.StartsWith(Marker, StringComparison.Ordinal)
            && token.AsSpan(Marker.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0
            ? new ApiKeySecret(token, PrefixOf(token), HashOf(token))
            : null;

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess was right.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash, storedHash);

    /// <summary>What lists show: enough to recognise a key, nothing to use it.</summary>
    public static string Display(string prefix) => $"{Marker}{prefix}…";

    public override string ToString() => Display(Prefix); // never the secret, whoever logs this record

    private static string PrefixOf(string token) => token.Substring(Marker.Length, PrefixLength);

    private static byte[] HashOf(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
