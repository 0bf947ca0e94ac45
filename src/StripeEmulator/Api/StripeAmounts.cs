namespace SpriteDX.StripeEmulator.Api;

/// <summary>The bounds Stripe puts on one charge's amount, in the currency's smallest unit.</summary>
internal static class StripeAmounts
{
    public const long Maximum = 99_999_999;

    private static readonly Dictionary<string, long> Minimums = new()
    {
        ["usd"] = 50, ["eur"] = 50, ["gbp"] = 30, ["cad"] = 50, ["aud"] = 50, ["chf"] = 50, ["jpy"] = 50, ["nzd"] = 50, ["sgd"] = 50,
    };

    public static long MinimumCharge(string currency) => Minimums.GetValueOrDefault(currency, 1);
}
