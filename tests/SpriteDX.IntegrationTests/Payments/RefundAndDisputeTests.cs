using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Money going back after a purchase: refunds, disputes, and Stripe's events arriving twice or out of order.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class RefundAndDisputeTests
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
    public async Task A_full_refund_takes_the_purchased_credits_back()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");

        await _stripe.RefundAsync(charge);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
    }

    [Test]
    public async Task Partial_refunds_take_back_credits_in_proportion_until_all_are_back()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-1200"); // $10.00 for 1,200 credits

        await _stripe.RefundAsync(charge, amount: 250);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200 - 300);
        await buyer.PurchaseStatusEventuallyAsync("partially_refunded");

        await _stripe.RefundAsync(charge); // the rest
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
    }

    [Test]
    public async Task A_dispute_freezes_the_purchased_credits()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");

        await _stripe.DisputeAsync(charge);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("disputed");
    }

    [Test]
    public async Task Duplicated_and_out_of_order_events_credit_and_refund_exactly_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (session, charge) = await PaidAsync(buyer, "pack-500");
        var completed = await _stripe.EventIdAsync("checkout.session.completed", session);

        await _stripe.ResendAsync(completed);
        await _stripe.ResendAsync(completed);
        await _stripe.RefundAsync(charge);
        var refunded = await _stripe.EventIdAsync("charge.refunded", charge);
        await StoredWebhookEvents.ProcessedAsync(_app, refunded);
        await _stripe.ResendAsync(completed); // the payment's event again, after its refund
        await _stripe.ResendAsync(refunded);
        await Polling.UntilAsync(async () => await _stripe.SuccessfulDeliveriesAsync(completed) >= 4 && await _stripe.SuccessfulDeliveriesAsync(refunded) >= 2,
            because: "every resend to be answered");

        (await StoredWebhookEvents.CountAsync(_app, completed)).Should().Be(1);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        (await buyer.PurchasesAsync()).Should().Equal(("refunded", "live"));
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-ledger-kind=\"refund\"");
    }

    [Test]
    public async Task A_refund_processed_before_the_payments_own_event_credits_then_takes_back_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PauseWebhooksAsync();
        string completed;
        try
        {
            await _stripe.PaidAsync(session);
            var charge = await _stripe.ChargeIdAsync(session);
            await _stripe.RefundAsync(charge);
            completed = await _stripe.EventIdAsync("checkout.session.completed", session, delivered: false);
            var refunded = await _stripe.EventIdAsync("charge.refunded", charge, delivered: false);

            await _stripe.DeliverAheadAsync(refunded, livemode: true);
            await StoredWebhookEvents.ProcessedAsync(_app, refunded);

            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
            (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-ledger-kind=\"refund\"").And.Contain("data-ledger-kind=\"purchase\"");
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }

        await StoredWebhookEvents.ProcessedAsync(_app, completed);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        (await buyer.PurchasesAsync()).Should().Equal(("refunded", "live"));
    }

    private async Task<(string Session, string Charge)> PaidAsync(Buyer buyer, string packId)
    {
        var session = await buyer.StartCheckoutAsync(packId);
        await _stripe.PaidAsync(session);
        await buyer.PurchaseStatusEventuallyAsync("paid");
        return (session, await _stripe.ChargeIdAsync(session));
    }
}
