using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;
using Stripe;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>One Stripe Customer per account and billing mode, created by the first checkout.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class StripeCustomerTests
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
}
