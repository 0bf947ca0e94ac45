using System.Globalization;

namespace SpriteDX.StripeEmulator.Pages;

/// <summary>Amounts in the smallest currency unit, shown the way a checkout page shows them.</summary>
internal static class MoneyFormat
{
    // Stripe's zero-decimal currencies: the amount is already in whole units.
    private static readonly HashSet<string> ZeroDecimal =
        ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"];

    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["jpy"] = "¥", ["cad"] = "CA$", ["aud"] = "A$", ["inr"] = "₹",
    };

    public static bool IsZeroDecimal(string currency) => ZeroDecimal.Contains(currency.ToLowerInvariant());

    public static string Format(long amount, string currency, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var code = currency.ToLowerInvariant();
        var value = IsZeroDecimal(code) ? amount.ToString("N0", culture) : (amount / 100m).ToString("N2", culture);
        return Symbols.TryGetValue(code, out var symbol) ? symbol + value : $"{value} {code.ToUpperInvariant()}";
    }
}
