using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Customers and their saved cards, through Stripe.net's CustomerService and PaymentMethodService.</summary>
public sealed class CustomerTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task A_created_customer_can_be_retrieved_and_sends_a_signed_customer_created()
    {
        var created = await _emulator.CreateCustomerAsync();

        var retrieved = await _emulator.Client().V1.Customers.GetAsync(created.Id);

        created.Id.Should().MatchRegex("^cus_[A-Za-z0-9]{14}$");
        (created.Email, created.Name, created.Livemode).Should().Be(("jenny.rosen@example.com", "Jenny Rosen", false));
        created.Metadata.Should().Equal(new Dictionary<string, string> { ["account_id"] = "3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01" });
        retrieved.Id.Should().Be(created.Id);
        retrieved.Email.Should().Be(created.Email);
        var webhook = (await _emulator.ReceivedEventuallyAsync(r => r.Count == 1, "customer.created")).Single();
        var e = EventUtility.ConstructEvent(webhook.Body, webhook.Signature, StripeEmulatorDefaults.TestWebhookSecret);
        e.Type.Should().Be("customer.created");
        e.Data.Object.Should().BeOfType<Customer>().Which.Id.Should().Be(created.Id);
    }

    [Test]
    public async Task The_same_idempotency_key_creates_one_customer_and_one_event()
    {
        var key = new RequestOptions { IdempotencyKey = "customer-for-account-1" };
        var options = new CustomerCreateOptions { Email = "jenny.rosen@example.com" };

        var first = await _emulator.Client().V1.Customers.CreateAsync(options, key);
        var again = await _emulator.Client().V1.Customers.CreateAsync(options, key);
        var other = () => _emulator.Client().V1.Customers.CreateAsync(new CustomerCreateOptions { Email = "someone@example.com" }, key);

        again.Id.Should().Be(first.Id);
        (await other.Should().ThrowAsync<StripeException>()).Which.StripeError.Type.Should().Be("idempotency_error");
        (await _emulator.EventsAsync("customer.created")).Should().ContainSingle();
        (await _emulator.Client().V1.Customers.ListAsync()).Data.Should().ContainSingle();
    }

    [Test]
    public async Task Customers_list_by_email_newest_first_in_pages_of_the_callers_mode()
    {
        var jennys = new List<string>();
        for (var i = 0; i < 3; i++) jennys.Add((await _emulator.CreateCustomerAsync()).Id);
        await _emulator.CreateCustomerAsync(email: "someone@example.com");
        await _emulator.CreateCustomerAsync(EmulatorServer.LiveKey);
        var customers = _emulator.Client().V1.Customers;

        var first = await customers.ListAsync(new CustomerListOptions { Email = "jenny.rosen@example.com", Limit = 2 });
        var all = await customers.ListAutoPagingAsync(new CustomerListOptions { Email = "jenny.rosen@example.com", Limit = 2 }).ToListAsync();
        var everyone = await customers.ListAsync();

        (first.Url, first.HasMore).Should().Be(("/v1/customers", true));
        first.Data.Select(c => c.Id).Should().Equal(jennys[2], jennys[1]);
        all.Select(c => c.Id).Should().Equal(Enumerable.Reverse(jennys), "only this mode's customers with that email, newest first");
        everyone.Data.Should().HaveCount(4);
    }

    [Test]
    public async Task A_customer_of_one_mode_is_missing_for_the_other_modes_key()
    {
        var test = await _emulator.CreateCustomerAsync();

        var fromLive = () => _emulator.Client(EmulatorServer.LiveKey).V1.Customers.GetAsync(test.Id);
        var listedFromLive = () => _emulator.Client(EmulatorServer.LiveKey).V1.PaymentMethods.ListAsync(
            new PaymentMethodListOptions { Customer = test.Id, Type = "card" });

        var error = (await fromLive.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.NotFound);
        error.StripeError.Code.Should().Be("resource_missing");
        error.StripeError.Message.Should().Contain("a similar object exists in test mode");
        (await listedFromLive.Should().ThrowAsync<StripeException>()).Which.StripeError.Param.Should().Be("customer");
    }

    [Test]
    public async Task A_saved_card_is_listed_for_its_customer_until_it_is_detached()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var other = await _emulator.CreateCustomerAsync();
        var cardId = await _emulator.CardSavedAtCheckoutAsync(customer.Id);
        var methods = _emulator.Client().V1.PaymentMethods;
        var listOptions = new PaymentMethodListOptions { Customer = customer.Id, Type = "card" };

        var listed = await methods.ListAsync(listOptions);
        var detached = await methods.DetachAsync(cardId);
        var afterwards = await methods.ListAsync(listOptions);
        var detachAgain = () => methods.DetachAsync(cardId);

        var card = listed.Data.Should().ContainSingle().Subject;
        (card.Id, card.Type, card.CustomerId).Should().Be((cardId, "card", customer.Id));
        (card.Card.Brand, card.Card.Last4, card.Card.ExpMonth).Should().Be(("visa", "4242", 12));
        card.Card.Fingerprint.Should().NotBeNullOrEmpty();
        (await methods.ListAsync(new PaymentMethodListOptions { Customer = other.Id, Type = "card" })).Data.Should().BeEmpty();
        detached.CustomerId.Should().BeNull();
        afterwards.Data.Should().BeEmpty();
        (await methods.GetAsync(cardId)).CustomerId.Should().BeNull("a detached card still exists, belonging to no one");
        (await detachAgain.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);

        var received = await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "payment_method.detached"), "payment_method.detached");
        var events = received.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret)).ToList();
        var attachedEvent = events.Single(e => e.Type == "payment_method.attached");
        ((PaymentMethod)attachedEvent.Data.Object).CustomerId.Should().Be(customer.Id);
        var detachedEvent = events.Single(e => e.Type == "payment_method.detached");
        ((PaymentMethod)detachedEvent.Data.Object).CustomerId.Should().BeNull();
        object previous = detachedEvent.Data.PreviousAttributes;
        ((string)JsonNode.Parse(previous.ToString()!)!["customer"]!).Should().Be(customer.Id);
    }

    [Test]
    public async Task Without_setup_future_usage_a_checkout_for_a_customer_saves_no_card()
    {
        var customer = await _emulator.CreateCustomerAsync();
        var options = EmulatorServer.SavingOptions(customer.Id);
        options.PaymentIntentData = null;
        var session = await _emulator.CreateSessionAsync(options: options);

        await _emulator.PaidAsync(session.Id);

        var paid = await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id, new Stripe.Checkout.SessionGetOptions { Expand = ["payment_intent.payment_method"] });
        paid.CustomerId.Should().Be(customer.Id);
        paid.CustomerDetails.Email.Should().Be("jenny.rosen@example.com", "the customer's email");
        paid.PaymentIntent.CustomerId.Should().Be(customer.Id);
        paid.PaymentIntent.SetupFutureUsage.Should().BeNull();
        paid.PaymentIntent.PaymentMethod.CustomerId.Should().BeNull("the card paid once and was not saved");
        (await _emulator.Client().V1.PaymentMethods.ListAsync(new PaymentMethodListOptions { Customer = customer.Id })).Data.Should().BeEmpty();
        (await _emulator.EventsAsync("payment_method.attached")).Should().BeEmpty();
    }

    [TestCase("POST", "v1/customers", "email=nobody", 400, "email_invalid", "email")]
    [TestCase("POST", "v1/customers", "balance=500", 400, null, "balance")]
    [TestCase("POST", "v1/customers", "colour=blue", 400, "parameter_unknown", "colour")]
    [TestCase("POST", "v1/customers", "expand[]=default_source", 400, null, "expand")]
    [TestCase("GET", "v1/customers/cus_missing", "", 404, "resource_missing", "customer")]
    [TestCase("GET", "v1/customers?created=1", "", 400, null, "created")]
    [TestCase("GET", "v1/payment_methods?type=card", "", 400, null, "customer")]
    [TestCase("GET", "v1/payment_methods?customer=cus_missing", "", 404, "resource_missing", "customer")]
    [TestCase("GET", "v1/payment_methods/pm_missing", "", 404, "resource_missing", "payment_method")]
    [TestCase("POST", "v1/payment_methods/pm_missing/detach", "", 404, "resource_missing", "payment_method")]
    [TestCase("POST", "v1/checkout/sessions", "customer=cus_missing", 404, "resource_missing", "customer")]
    [TestCase("POST", "v1/checkout/sessions", "customer=cus_x&customer_email=a%40b.test", 400, null, "customer_email")]
    [TestCase("POST", "v1/checkout/sessions", "payment_intent_data[setup_future_usage]=always", 400, null, "payment_intent_data[setup_future_usage]")]
    [TestCase("POST", "v1/checkout/sessions", "saved_payment_method_options[payment_method_save]=enabled", 400, null, "saved_payment_method_options[payment_method_save]")]
    public async Task Bad_customer_and_card_requests_are_stripe_errors_naming_the_parameter(
        string method, string path, string body, int status, string? code, string param)
    {
        if (path == "v1/checkout/sessions") body = SessionBody + "&" + body;
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorServer.TestKey);
        if (method == "POST") request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _emulator.Http.SendAsync(request);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;

        ((int)response.StatusCode).Should().Be(status, error.ToJsonString());
        ((string?)error["code"]).Should().Be(code);
        ((string)error["param"]!).Should().Be(param);
        (await _emulator.EventsAsync()).Should().BeEmpty("a refused request changes nothing");
    }

    private const string SessionBody =
        "mode=payment&success_url=http%3A%2F%2Fa.test&line_items[0][quantity]=1&line_items[0][price_data][currency]=usd" +
        "&line_items[0][price_data][unit_amount]=1999&line_items[0][price_data][product_data][name]=Credits";
}
