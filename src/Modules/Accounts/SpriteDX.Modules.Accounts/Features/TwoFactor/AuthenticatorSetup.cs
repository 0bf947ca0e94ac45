using System.Text;
using QRCoder;

namespace SpriteDX.Modules.Accounts.Features.TwoFactor;

/// <summary>
/// What a person needs to add SpriteDX to an authenticator app: the shared key, readable in groups of four for typing,
/// and the same key as an `otpauth://` QR code, drawn here (no image service ever sees the secret).
/// </summary>
internal sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string QrCodeDataUri)
{
    public const string Issuer = "SpriteDX";

    public static AuthenticatorSetup For(string email, string unformattedKey)
    {
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}" +
                  $"?secret={unformattedKey}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 8);
        return new AuthenticatorSetup(Grouped(unformattedKey), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            grouped.Append(grouped.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        return grouped.ToString().ToLowerInvariant();
    }
}
