using System.Net;
using System.Text.RegularExpressions;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe.Checkout;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>The hosted checkout page at the session's url, driven as a browser without JavaScript would.</summary>
public sealed partial class HostedCheckoutPageTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task The_page_shows_product_amount_email_card_form_and_says_it_is_an_emulator()
    {
        var session = await _emulator.CreateSessionAsync();

        using var response = await _emulator.Http.GetAsync(session.Url);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("500 credits").And.Contain("$19.99").And.Contain("jenny.rosen@example.com");
        html.Should().Contain("<label for=\"cardnumber\">Card number</label>");
        html.Should().Contain("Expiration (MM / YY)").And.Contain("CVC").And.Contain("Cardholder name");
        html.Should().Contain("Stripe emulator").And.Contain("Test mode");
        html.Should().Contain("href=\"http://app.test/billing/cancel\"").And.Contain("Cancel");
        html.Should().NotContain("<link").And.NotContain("src=\"http", "the page needs nothing from outside");
    }

    [Test]
    public async Task Paying_with_the_success_card_redirects_to_the_success_url_with_the_session_id()
    {
        var session = await _emulator.CreateSessionAsync();

        using var response = await SubmitAsync(session, "4242 4242 4242 4242");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be($"http://app.test/billing/success?session_id={session.Id}");
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).PaymentStatus.Should().Be("paid");
        var again = await (await _emulator.Http.GetAsync(session.Url)).Content.ReadAsStringAsync();
        again.Should().Contain("Payment complete");
    }

    [TestCase("4000 0000 0000 0002", "Your card was declined.")]
    [TestCase("4000 0000 0000 9995", "Your card has insufficient funds.")]
    public async Task A_declined_card_shows_the_reason_and_keeps_the_session_open(string card, string message)
    {
        var session = await _emulator.CreateSessionAsync();

        using var response = await SubmitAsync(session, card);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain(message.Replace("'", "&#x27;", StringComparison.Ordinal));
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("open");
    }

    [TestCase("cardnumber", "4242 4242 4242 4241", "Your card number is invalid.")]
    [TestCase("cardnumber", "4242", "Your card number is incomplete.")]
    [TestCase("exp", "13 / 30", "Your card&#x27;s expiration date is invalid.")]
    [TestCase("exp", "01 / 20", "Your card&#x27;s expiration year is in the past.")]
    [TestCase("exp", "1", "Your card&#x27;s expiration date is incomplete.")]
    [TestCase("cvc", "1", "Your card&#x27;s security code is incomplete.")]
    [TestCase("name", "", "Enter the name on your card.")]
    [TestCase("postal_code", "", "Your ZIP is incomplete.")]
    public async Task Invalid_fields_are_explained_next_to_the_field(string field, string value, string message)
    {
        var session = await _emulator.CreateSessionAsync();
        var form = Form("4242 4242 4242 4242");
        form[field] = value;

        using var response = await _emulator.Http.PostAsync(session.Url, new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain($"<p class=\"field-error\" id=\"{field}-error\" role=\"alert\">{message}</p>");
        html.Should().Contain($"id=\"{field}\"");
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("open");
    }

    [Test]
    public async Task The_three_d_secure_card_asks_for_confirmation_and_pays_once_confirmed()
    {
        var session = await _emulator.CreateSessionAsync();

        using var challenge = await SubmitAsync(session, "4000 0025 0000 3155");
        var html = await challenge.Content.ReadAsStringAsync();
        html.Should().Contain("3-D Secure authentication").And.Contain("Complete authentication").And.Contain("Fail authentication");
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("open", "nothing is paid before the confirmation");

        var completeForm = HiddenFields(html, "complete");
        using var done = await _emulator.Http.PostAsync(FormAction(html, "complete"), new FormUrlEncodedContent(completeForm));

        done.StatusCode.Should().Be(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().Should().EndWith(session.Id);
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).PaymentStatus.Should().Be("paid");
    }

    [Test]
    public async Task Failing_three_d_secure_returns_to_the_form_with_the_reason()
    {
        var session = await _emulator.CreateSessionAsync();
        using var challenge = await SubmitAsync(session, "4000 0025 0000 3155");
        var html = await challenge.Content.ReadAsStringAsync();

        using var failed = await _emulator.Http.PostAsync(FormAction(html, "fail"), new FormUrlEncodedContent(HiddenFields(html, "fail")));

        (await failed.Content.ReadAsStringAsync()).Should().Contain("We are unable to authenticate your payment method.");
        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Status.Should().Be("open");
    }

    [TestCase("off_session", "By providing your card information, you allow SpriteDX to charge your card for future payments in accordance with their terms.")]
    [TestCase("on_session", "Your card will be saved with SpriteDX for faster checkout next time.")]
    public async Task A_checkout_that_keeps_the_card_says_so_and_takes_the_customers_email(string usage, string consent)
    {
        var customer = await _emulator.CreateCustomerAsync(email: "pixel.artist@example.com");
        var saving = await _emulator.CreateSessionAsync(options: EmulatorServer.SavingOptions(customer.Id, usage));
        var plain = await _emulator.CreateSessionAsync();

        var html = await _emulator.Http.GetStringAsync(saving.Url);
        var plainHtml = await _emulator.Http.GetStringAsync(plain.Url);

        html.Should().Contain($"<p class=\"consent\" id=\"save-consent\">{WebUtility.HtmlEncode(consent).Replace("&#39;", "&#x27;", StringComparison.Ordinal)}</p>");
        html.Should().MatchRegex("<input id=\"email\"[^>]*value=\"pixel.artist@example.com\"[^>]*readonly");
        plainHtml.Should().NotContain("save-consent");
    }

    [TestCase("4242 4242 4242 4242", false)]
    [TestCase("4000 0025 0000 3155", true)]
    public async Task Paying_a_checkout_that_keeps_the_card_saves_it_to_the_customer(string card, bool asksForThreeDSecure)
    {
        var customer = await _emulator.CreateCustomerAsync();
        var session = await _emulator.CreateSessionAsync(options: EmulatorServer.SavingOptions(customer.Id));

        using var submitted = await SubmitAsync(session, card);
        var done = submitted;
        if (asksForThreeDSecure)
        {
            var challenge = await submitted.Content.ReadAsStringAsync();
            done = await _emulator.Http.PostAsync(FormAction(challenge, "complete"), new FormUrlEncodedContent(HiddenFields(challenge, "complete")));
        }

        done.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var paid = await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id,
            new SessionGetOptions { Expand = ["payment_intent.payment_method", "payment_intent.latest_charge"] });
        (paid.PaymentStatus, paid.CustomerId, paid.CustomerDetails.Email).Should().Be(("paid", customer.Id, "jenny.rosen@example.com"));
        var intent = paid.PaymentIntent;
        (intent.CustomerId, intent.SetupFutureUsage, intent.LatestCharge.CustomerId).Should().Be((customer.Id, "off_session", customer.Id));
        var method = intent.PaymentMethod;
        (method.CustomerId, method.Type, method.Card.Last4, method.Card.ExpMonth, method.Card.ExpYear).Should().Be((customer.Id, "card", card[^4..], 12L, 2034L));
        method.Card.Fingerprint.Should().Be(intent.LatestCharge.PaymentMethodDetails.Card.Fingerprint);
        method.BillingDetails.Name.Should().Be("Jenny Rosen");
        var saved = await _emulator.Client().V1.PaymentMethods.ListAsync(new Stripe.PaymentMethodListOptions { Customer = customer.Id, Type = "card" });
        saved.Data.Should().ContainSingle().Which.Id.Should().Be(method.Id);
        var attached = await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "payment_method.attached"), "payment_method.attached");
        var e = Stripe.EventUtility.ConstructEvent(attached.Single(w => EmulatorServer.TypeOf(w) == "payment_method.attached").Body,
            attached.Single(w => EmulatorServer.TypeOf(w) == "payment_method.attached").Signature, StripeEmulatorDefaults.TestWebhookSecret);
        ((Stripe.PaymentMethod)e.Data.Object).Id.Should().Be(method.Id);
        var dashboard = await _emulator.Http.GetStringAsync("_emulator");
        dashboard.Should().Contain(customer.Id).And.Contain($"visa •••• {card[^4..]} 12/34");
    }

    [Test]
    public async Task An_expired_session_says_so_and_links_back()
    {
        var session = await _emulator.CreateSessionAsync();
        await _emulator.Client().V1.Checkout.Sessions.ExpireAsync(session.Id);

        var html = await (await _emulator.Http.GetAsync(session.Url)).Content.ReadAsStringAsync();
        using var submit = await SubmitAsync(session, "4242424242424242");

        html.Should().Contain("This checkout session has expired").And.Contain("http://app.test/billing/cancel");
        (await submit.Content.ReadAsStringAsync()).Should().Contain("This checkout session has expired");
        (await _emulator.EventsAsync("checkout.session.completed")).Should().BeEmpty();
    }

    [Test]
    public async Task Text_from_the_merchant_is_html_encoded()
    {
        var options = EmulatorServer.SessionOptions();
        options.LineItems[0].PriceData.ProductData.Name = "<script>alert('x')</script> & \"credits\"";
        options.CancelUrl = "http://app.test/cancel?a=1&b=\"><script>";
        var session = await _emulator.CreateSessionAsync(options: options);

        var html = await (await _emulator.Http.GetAsync(session.Url)).Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert").And.NotContain("\"><script>");
        html.Should().Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;credits&quot;");
    }

    [Test]
    public async Task A_post_that_is_not_a_form_gets_the_form_back_with_messages()
    {
        var session = await _emulator.CreateSessionAsync();

        using var response = await _emulator.Http.PostAsync(session.Url, new StringContent("{\"card\":1}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Your card number is incomplete.");
    }

    [Test]
    public async Task An_unknown_session_is_a_404_page()
    {
        using var response = await _emulator.Http.GetAsync("pay/cs_test_nothing_here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Checkout session not found");
    }

    [Test]
    public async Task The_emulator_page_lists_sessions_charges_and_events_and_receipts_render()
    {
        var session = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(session.Id);
        var paid = await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id, new SessionGetOptions { Expand = ["payment_intent.latest_charge"] });

        var dashboard = await _emulator.Http.GetStringAsync("_emulator");
        using var receipt = await _emulator.Http.GetAsync(paid.PaymentIntent.LatestCharge.ReceiptUrl);

        dashboard.Should().Contain(session.Id).And.Contain("checkout.session.completed").And.Contain(paid.PaymentIntent.LatestChargeId);
        receipt.StatusCode.Should().Be(HttpStatusCode.OK);
        (await receipt.Content.ReadAsStringAsync()).Should().Contain("$19.99").And.Contain("visa •••• 4242");
        using var root = await _emulator.Http.GetAsync("");
        root.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private Task<HttpResponseMessage> SubmitAsync(Session session, string card) =>
        _emulator.Http.PostAsync(session.Url, new FormUrlEncodedContent(Form(card)));

    private static Dictionary<string, string> Form(string card) => new()
    {
        ["email"] = "someone@example.com",
        ["cardnumber"] = card,
        ["exp"] = "12 / 34",
        ["cvc"] = "123",
        ["name"] = "Jenny Rosen",
        ["country"] = "US",
        ["postal_code"] = "42424",
    };

    private static string FormAction(string html, string action)
    {
        var form = FormPattern().Matches(html).Single(m => m.Value.Contains($"value=\"{action}\"", StringComparison.Ordinal));
        return WebUtility.HtmlDecode(form.Groups["action"].Value);
    }

    private static Dictionary<string, string> HiddenFields(string html, string action)
    {
        var form = FormPattern().Matches(html).Single(m => m.Value.Contains($"value=\"{action}\"", StringComparison.Ordinal)).Value;
        return HiddenPattern().Matches(form).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\">.*?</form>")]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenPattern();
}
