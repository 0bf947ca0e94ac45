namespace SpriteDX.Modules.Payments.Domain;

/// <summary>Credits sold together at one price. The price sent to Stripe always comes from here, never from a form.</summary>
internal sealed class CreditPack
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Credits { get; set; }

    /// <summary>In the currency's minor unit (cents for usd).</summary>
    public long PriceMinor { get; set; }

    public string Currency { get; set; } = "usd";

    public Money Price => new(PriceMinor, Currency);

    public decimal PricePerCredit => Price.Major / Credits;
}
