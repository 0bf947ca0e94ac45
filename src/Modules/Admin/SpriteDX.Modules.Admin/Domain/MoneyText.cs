using System.Globalization;

namespace SpriteDX.Modules.Admin.Domain;

/// <summary>An amount in a currency's minor unit (as Stripe counts it), written for people.</summary>
internal static class MoneyText
{
    // Stripe's zero-decimal currencies: the minor unit is the whole unit.
    private static readonly HashSet<string> ZeroDecimal =
        ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"];

    private static readonly Dictionary<string, string> Symbols = new() { ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["jpy"] = "¥" };

    public static string Format(long minor, string currency)
    {
        var code = currency.ToLowerInvariant();
        var zeroDecimal = ZeroDecimal.Contains(code);
        var number = (zeroDecimal ? minor : minor / 100m).ToString(zeroDecimal ? "N0" : "N2", CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(code, out var symbol) ? symbol + number : $"{number} {code.ToUpperInvariant()}";
    }
}
