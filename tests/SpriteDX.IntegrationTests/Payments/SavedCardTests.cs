using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;
using Stripe;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>One Stripe Customer per account and mode; "Save this card for automatic top-ups" at checkout, the card on Usage and Billing, and removing it.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class SavedCardTests
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
    public async Task Two_checkouts_started_at_once_share_one_customer_that_names_the_account()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var forms = await Task.WhenAll(buyer.PackFormAsync("pack-500"), buyer.PackFormAsync("pack-1200"), buyer.PackFormAsync("pack-3000"));

        var answers = await Task.WhenAll(forms.Select(form => buyer.Browser.PostAsync("/billing/buy", form)));

        answers.Should().OnlyContain(a => a.Status == HttpStatusCode.SeeOther);
        var customer = (await _stripe.Client(livemode: true).V1.Customers.ListAsync(new CustomerListOptions { Email = buyer.Email })).Data
            .Should().ContainSingle().Subject;
        customer.Metadata.Should().Contain("account_id", buyer.AccountId.ToString());
        foreach (var answer in answers)
            (await _stripe.Client(livemode: true).V1.Checkout.Sessions.GetAsync(Buyer.SessionIdOf(answer.RedirectedTo!))).CustomerId.Should().Be(customer.Id);
    }

    [Test]
    public async Task A_later_checkout_reuses_the_customer_and_a_test_billing_account_gets_its_own_test_mode_customer()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var first = await buyer.StartCheckoutAsync("pack-500");
        var second = await buyer.StartCheckoutAsync("pack-500");
        await buyer.BecomeTestBillingAccountAsync();
        var test = await buyer.StartCheckoutAsync("pack-500");

        var live = _stripe.Client(livemode: true).V1.Checkout.Sessions;
        var liveCustomer = (await live.GetAsync(first)).CustomerId;
        (await live.GetAsync(second)).CustomerId.Should().Be(liveCustomer);
        var testCustomer = (await _stripe.Client(livemode: false).V1.Checkout.Sessions.GetAsync(test)).CustomerId;
        testCustomer.Should().StartWith("cus_").And.NotBe(liveCustomer);
        (await _stripe.Client(livemode: false).V1.Customers.ListAsync(new CustomerListOptions { Email = buyer.Email })).Data
            .Should().ContainSingle().Which.Id.Should().Be(testCustomer);
    }

    [Test]
    public async Task A_card_saved_at_checkout_shows_on_usage_and_billing_with_its_brand_and_expiry()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        (await buyer.BuyPageAsync()).Html.Should().Contain("Save this card for automatic top-ups");

        await buyer.BuySavingCardAsync(_stripe, card: "5555555555554444");

        await buyer.SavedCardEventuallyAsync("4444");
        var html = WebUtility.HtmlDecode((await buyer.Browser.GetAsync("/billing")).Html);
        html.Should().Contain("Mastercard •••• 4444").And.Contain("data-saved-card-mode=\"live\"").And.MatchRegex("expires [0-9]{2}/[0-9]{2}");
        var session = await _stripe.Client(livemode: true).V1.Checkout.Sessions.GetAsync((await _stripe.Client(true).V1.Checkout.Sessions.ListAsync()).Data[0].Id);
        session.CustomerId.Should().Be(await _stripe.CustomerIdAsync(buyer, livemode: true));
    }

    [Test]
    public async Task A_checkout_without_the_tick_saves_no_card()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync();
        await _stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);

        (await buyer.SavedCardAsync()).Should().BeNull();
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-no-saved-card");
        (await _stripe.Client(true).V1.PaymentMethods.ListAsync(new PaymentMethodListOptions { Customer = await _stripe.CustomerIdAsync(buyer, true), Type = "card" }))
            .Data.Should().BeEmpty();
    }

    [Test]
    public async Task Removing_the_card_asks_first_then_detaches_it_in_stripe()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BuySavingCardAsync(_stripe);
        await buyer.SavedCardEventuallyAsync("4242");

        var confirm = await buyer.Browser.GetAsync("/billing/card/remove");
        (await buyer.SavedCardAsync()).Should().Be("4242", "opening the confirmation changes nothing");
        var removed = await buyer.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() });

        confirm.Html.Should().Contain("Remove your saved card?").And.Contain("data-remove-card-confirm");
        removed.Status.Should().Be(HttpStatusCode.Redirect);
        (await buyer.SavedCardAsync()).Should().BeNull();
        (await _stripe.Client(true).V1.PaymentMethods.ListAsync(new PaymentMethodListOptions { Customer = await _stripe.CustomerIdAsync(buyer, true), Type = "card" }))
            .Data.Should().BeEmpty();
    }

    [Test]
    public async Task Removing_needs_the_forms_token_and_never_reaches_another_persons_card()
    {
        using var owner = await Buyer.SignUpAsync(_app);
        using var stranger = await Buyer.SignUpAsync(_app);
        await owner.BuySavingCardAsync(_stripe);
        await owner.SavedCardEventuallyAsync("4242");

        var forged = await owner.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string>());
        var strangers = await stranger.Browser.GetAsync("/billing/card/remove");
        var strangerPost = await stranger.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = strangers.AntiforgeryToken() });

        forged.Status.Should().Be(HttpStatusCode.BadRequest);
        strangers.Html.Should().Contain("There is no saved card to remove");
        strangerPost.Status.Should().Be(HttpStatusCode.Redirect);
        (await owner.SavedCardAsync()).Should().Be("4242");
    }

    [Test]
    public async Task A_card_detached_in_stripe_disappears_through_the_webhook()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BuySavingCardAsync(_stripe);
        await buyer.SavedCardEventuallyAsync("4242");
        var customer = await _stripe.CustomerIdAsync(buyer, true);
        var card = (await _stripe.Client(true).V1.PaymentMethods.ListAsync(new PaymentMethodListOptions { Customer = customer, Type = "card" })).Data.Single();

        await _stripe.Client(true).V1.PaymentMethods.DetachAsync(card.Id);

        await buyer.SavedCardEventuallyAsync(null);
    }

    [Test]
    public async Task Each_mode_shows_only_its_own_card()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        await buyer.BuySavingCardAsync(_stripe);
        await buyer.SavedCardEventuallyAsync("4242");
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-saved-card-mode=\"test\"");

        await buyer.BecomeTestBillingAccountAsync(false);

        await buyer.SavedCardEventuallyAsync(null);
    }
}
