using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.UnitTests.Payments;

public sealed class CreditPackTests
{
    [Test]
    public void The_default_packs_are_500_for_5_dollars_1200_for_10_and_3000_for_20()
    {
        PaymentsOptions.DefaultPacks.Select(p => (p.Id, p.Credits, p.PriceMinor, p.Currency)).Should().Equal(
            ("pack-500", 500, 500L, "usd"), ("pack-1200", 1200, 1000L, "usd"), ("pack-3000", 3000, 2000L, "usd"));
    }

    [Test]
    public void Bigger_packs_show_how_much_they_save_per_credit()
    {
        var catalog = new CreditPackCatalog(Options.Create(new PaymentsOptions { Packs = [.. PaymentsOptions.DefaultPacks] }));

        PaymentsOptions.DefaultPacks.Select(catalog.SavingPercent).Should().Equal(0, 17, 33);
    }

    [Test]
    public void Prices_are_shown_in_the_currency_with_a_per_credit_price_precise_enough_to_compare()
    {
        var pack = PaymentsOptions.DefaultPacks[1];

        pack.Price.ToString().Should().Be("$10.00");
        pack.Price.FormatUnitPrice(pack.PricePerCredit).Should().Be("$0.0083");
    }

    [TestCase(500, "usd", "$5.00")]
    [TestCase(1999, "eur", "€19.99")]
    [TestCase(500, "jpy", "¥500")]
    [TestCase(12345, "sek", "123.45 SEK")]
    public void Money_is_formatted_from_minor_units(long minor, string currency, string expected) =>
        new Money(minor, currency).ToString().Should().Be(expected);

    [Test]
    public void A_misconfigured_pack_is_named_in_a_clear_message()
    {
        var options = new PaymentsOptions
        {
            Packs =
            [
                new CreditPack { Id = "pack-a", Name = "A", Credits = 10, PriceMinor = 500, Currency = "usd" },
                new CreditPack { Id = "pack-a", Name = "B", Credits = 0, PriceMinor = 10, Currency = "USD" },
            ],
        };

        options.Problems().Should().BeEquivalentTo(
            "Payments:Packs has two packs with the same Id.",
            "Payments:Packs 'pack-a' must sell at least one credit.",
            "Payments:Packs 'pack-a' PriceMinor is in minor units (cents) and Stripe charges at least 50.",
            "Payments:Packs 'pack-a' Currency must be a lowercase ISO code such as usd.");
    }

    [Test]
    public void The_default_packs_are_valid() =>
        new PaymentsOptions { Packs = [.. PaymentsOptions.DefaultPacks] }.Problems().Should().BeEmpty();
}
