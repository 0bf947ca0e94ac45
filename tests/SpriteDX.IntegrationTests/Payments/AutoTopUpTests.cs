using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Automatic top-up: each saved test card's outcome, the races around it, the cap, the modes and bad input.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class AutoTopUpTests
{
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_balance_falling_below_the_threshold_buys_the_pack_with_the_saved_card_once()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595, packId: "pack-1200");

        await buyer.GenerateAsync();

        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 1200);
        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        topUp.Outcome.Should().Be(TopUpOutcome.Paid);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"), ("paid", "live"));
        var intents = await _stripe.TopUpIntentsAsync(await _stripe.CustomerIdAsync(buyer, true), _app);
        intents.Should().ContainSingle().Which["amount"]!.GetValue<long>().Should().Be(1000);
        await _stripe.EventIdAsync("payment_intent.succeeded", topUp.PaymentIntentId!);
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost + 1200, "the webhook after the synchronous answer adds nothing");
        (await buyer.AutoTopUpStateAsync()).Should().Be("on");
    }
}
