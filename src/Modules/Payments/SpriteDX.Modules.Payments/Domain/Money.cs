using System.Globalization;

namespace SpriteDX.Modules.Payments.Domain;

/// <summary>An amount in a currency's minor unit, as Stripe counts it.</summary>
internal readonly record struct Money(long Minor, string Currency)
{
    // Stripe's zero-decimal currencies: the minor unit is the whole unit.
    private static readonly HashSet<string> ZeroDecimal =
        ["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"];

    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["jpy"] = "¥", ["cad"] = "CA$", ["aud"] = "A$", ["nzd"] = "NZ$", ["chf"] = "CHF ",
    };

    public decimal Major => ZeroDecimal.Contains(Currency) ? Minor : Minor / 100m;

    /// <summary>An amount a person typed in major units ("50", "12.50"); null when it is not a whole number of minor units.</summary>
    public static Money? FromMajor(decimal major, string currency)
    {
        var minor = ZeroDecimal.Contains(currency) ? major : major * 100;
        return minor == decimal.Truncate(minor) ? new Money((long)minor, currency) : null;
    }

    public override string ToString() => Format(Major, ZeroDecimal.Contains(Currency) ? 0 : 2);

    /// <summary>A unit price such as a price per credit, with enough decimals to tell packs apart.</summary>
    public string FormatUnitPrice(decimal major) => Format(major, ZeroDecimal.Contains(Currency) ? 2 : 4);

    private string Format(decimal major, int decimals)
    {
        var number = major.ToString("N" + decimals, CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(Currency, out var symbol) ? symbol + number : $"{number} {Currency.ToUpperInvariant()}";
    }
}
