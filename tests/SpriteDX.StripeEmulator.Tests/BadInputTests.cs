using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Whatever a caller sends, the answer is a Stripe-shaped 4xx naming the parameter, never a 500.</summary>
public sealed class BadInputTests
{
    private const string Valid =
        "mode=payment&success_url=http%3A%2F%2Fapp.test%2Fok&line_items[0][price_data][currency]=usd" +
        "&line_items[0][price_data][unit_amount]=1999&line_items[0][price_data][product_data][name]=Pack&line_items[0][quantity]=1";

    private EmulatorServer _emulator = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [TestCase("", 400, "parameter_missing", "mode")]
    [TestCase("mode=payment", 400, "parameter_missing", "success_url")]
    [TestCase("mode=payment&success_url=http%3A%2F%2Fa.test", 400, "parameter_missing", "line_items")]
    [TestCase("mode=subscription", 400, null, "mode")]
    [TestCase("mode=bogus", 400, null, "mode")]
    [TestCase("&ui_mode=embedded_page", 400, null, "ui_mode")]
    [TestCase("&success_url=not%20a%20url", 400, "url_invalid", "success_url")]
    [TestCase("&cancel_url=ftp%3A%2F%2Fx", 400, "url_invalid", "cancel_url")]
    [TestCase("&customer_email=nobody", 400, "email_invalid", "customer_email")]
    [TestCase("&colour=blue", 400, "parameter_unknown", "colour")]
    [TestCase("&line_items[0][colour]=blue", 400, "parameter_unknown", "line_items[0][colour]")]
    [TestCase("&line_items[0][price_data][unit_amount]=-5", 400, "parameter_invalid_integer", "line_items[0][price_data][unit_amount]")]
    [TestCase("&line_items[0][price_data][unit_amount]=abc", 400, "parameter_invalid_integer", "line_items[0][price_data][unit_amount]")]
    [TestCase("&line_items[0][price_data][unit_amount]=12.5", 400, "parameter_invalid_integer", "line_items[0][price_data][unit_amount]")]
    [TestCase("&line_items[0][price_data][unit_amount]=99999999999999999999999", 400, "parameter_invalid_integer", "line_items[0][price_data][unit_amount]")]
    [TestCase("&line_items[0][quantity]=0", 400, "parameter_invalid_integer", "line_items[0][quantity]")]
    [TestCase("&line_items[0][price_data][currency]=dollars", 400, "parameter_invalid_string", "line_items[0][price_data][currency]")]
    [TestCase("&line_items[0][price_data][unit_amount]=10", 400, "amount_too_small", "line_items")]
    [TestCase("&line_items[0][price]=price_123", 404, "resource_missing", "line_items[0][price]")]
    [TestCase("&line_items[0][price_data][recurring][interval]=month", 400, null, "line_items[0][price_data][recurring]")]
    [TestCase("mode=payment&success_url=http%3A%2F%2Fa.test&line_items=oops", 400, "parameter_invalid_array", "line_items")]
    [TestCase("&metadata=oops&metadata[a]=b", 400, "parameter_invalid_string", "metadata")]
    [TestCase("&client_reference_id=", 400, "parameter_invalid_empty", "client_reference_id")]
    [TestCase("&expires_at=12", 400, null, "expires_at")]
    [TestCase("&expires_at=soon", 400, "parameter_invalid_integer", "expires_at")]
    [TestCase("&allow_promotion_codes=maybe", 400, "parameter_invalid_boolean", "allow_promotion_codes")]
    [TestCase("&discounts[0][coupon]=X", 400, null, "discounts")]
    [TestCase("&customer=cus_123", 404, "resource_missing", "customer")]
    [TestCase("&expand[]=invoice", 400, null, "expand")]
    [TestCase("&payment_intent_data[capture_method]=manual", 400, null, "payment_intent_data[capture_method]")]
    public async Task Creating_a_session_with_bad_parameters_names_the_parameter(string change, int status, string? code, string param)
    {
        // A change starting with "&" is added to the valid body (later keys win); otherwise it is the whole body.
        var body = change.StartsWith('&') ? Valid + change : change;

        var (statusCode, error) = await PostAsync("v1/checkout/sessions", body);

        statusCode.Should().Be(status);
        ((string?)error["code"]).Should().Be(code);
        ((string?)error["param"]).Should().Be(param);
        ((string)error["type"]!).Should().Be("invalid_request_error");
        ((string)error["message"]!).Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task The_valid_body_used_above_is_accepted()
    {
        var (status, _) = await PostAsync("v1/checkout/sessions", Valid);

        status.Should().Be(200);
    }

    [Test]
    public async Task A_parameter_stripe_net_does_not_know_is_rejected_through_the_client()
    {
        var options = EmulatorServer.SessionOptions();
        options.AddExtraParam("shoe_size", "42");

        var call = () => _emulator.Client().V1.Checkout.Sessions.CreateAsync(options);

        var error = (await call.Should().ThrowAsync<StripeException>()).Which;
        error.StripeError.Code.Should().Be("parameter_unknown");
        error.StripeError.Param.Should().Be("shoe_size");
    }

    [Test]
    public async Task A_negative_amount_from_stripe_net_is_refused()
    {
        var call = () => _emulator.Client().V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions(amount: -100));

        var error = (await call.Should().ThrowAsync<StripeException>()).Which;
        error.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.StripeError.Param.Should().Be("line_items[0][price_data][unit_amount]");
    }

    [TestCase("GET", "v1/setup_intents")]
    [TestCase("POST", "v1/checkout/sessions/cs_test_x")]
    [TestCase("DELETE", "v1/checkout/sessions/cs_test_x")]
    [TestCase("GET", "v1/")]
    public async Task An_unknown_route_is_a_stripe_404(string method, string path)
    {
        using var request = Authorized(new HttpMethod(method), path);

        using var response = await _emulator.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!).Should().StartWith("Unrecognized request URL");
    }

    [Test]
    public async Task An_unknown_route_names_itself_as_stripe_does_without_the_mount_prefix()
    {
        using var request = Authorized(HttpMethod.Get, "v1/nope");

        using var response = await _emulator.Http.SendAsync(request);

        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        ((string)error["message"]!).Should().StartWith("Unrecognized request URL (GET: /v1/nope). Please see");
        ((string)error["type"]!).Should().Be("invalid_request_error");
    }

    /// <summary>Any client library tells an error from an object by the <c>error</c> key and its five fields.</summary>
    [TestCase("GET", "v1/nope", "", EmulatorServer.TestKey, 404)]
    [TestCase("GET", "v1/refunds/re_missing", "", EmulatorServer.TestKey, 404)]
    [TestCase("POST", "v1/refunds", "", EmulatorServer.TestKey, 400)]
    [TestCase("POST", "v1/refunds", "payment_intent=pi_missing", EmulatorServer.TestKey, 404)]
    [TestCase("POST", "v1/refunds", "charge=ch_x&amount=0", EmulatorServer.TestKey, 400)]
    [TestCase("GET", "v1/events", "", "sk_test_wrong", 401)]
    [TestCase("GET", "v1/events?limit=1000", "", EmulatorServer.TestKey, 400)]
    [TestCase("POST", "_emulator/disputes/dp_missing/close", "status=won", null, 404)]
    [TestCase("POST", "_emulator/refunds/re_missing/fail", "", null, 404)]
    public async Task Every_error_has_stripes_five_fields(string method, string path, string body, string? key, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (method == "POST") request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _emulator.Http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(status);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        json.Select(p => p.Key).Should().Equal("error");
        var error = json["error"]!.AsObject();
        error.Select(p => p.Key).Should().Contain(["type", "code", "message", "param", "doc_url"]);
        ((string)error["message"]!).Should().NotBeNullOrEmpty();
        if ((string?)error["code"] is { } code)
            ((string)error["doc_url"]!).Should().Be($"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}");
    }

    [Test]
    public async Task A_json_body_is_refused_with_400()
    {
        using var request = Authorized(HttpMethod.Post, "v1/checkout/sessions");
        request.Content = new StringContent("{\"mode\":\"payment\"}", Encoding.UTF8, "application/json");

        using var response = await _emulator.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_invalid_stripe_version_is_refused_with_400()
    {
        using var request = Authorized(HttpMethod.Get, "v1/events/evt_x");
        request.Headers.Add("Stripe-Version", "yesterday");

        using var response = await _emulator.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [TestCase("v1/checkout/sessions/cs_test_x?expand[]=nope")]
    [TestCase("v1/checkout/sessions/cs_test_x?limit=3")]
    [TestCase("v1/charges/ch_x?expand[0][a]=b")]
    [TestCase("v1/events/evt_x?x[=1")]
    public async Task Bad_query_parameters_are_400(string path)
    {
        using var response = await _emulator.Http.SendAsync(Authorized(HttpMethod.Get, path));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [TestCase("checkout/sessions/cs_test_missing/pay", "card=4242424242424242", 404)]
    [TestCase("charges/ch_missing/refund", "", 404)]
    [TestCase("charges/ch_missing/dispute", "", 404)]
    [TestCase("events/evt_missing/resend", "", 404)]
    [TestCase("checkout/sessions/cs_test_missing/async_payment", "result=maybe", 400)]
    public async Task Control_calls_on_unknown_objects_are_stripe_errors(string path, string body, int status)
    {
        using var response = await _emulator.Http.PostAsync("_emulator/" + path, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        ((int)response.StatusCode).Should().Be(status);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["type"].Should().NotBeNull();
    }

    [Test]
    public async Task Refund_amounts_beyond_the_charge_are_refused()
    {
        var session = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(session.Id);
        var chargeId = (await _emulator.Client().V1.PaymentIntents.GetAsync((await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).PaymentIntentId)).LatestChargeId;

        foreach (var amount in new[] { "0", "-1", "2000", "x" })
        {
            using var response = await _emulator.Http.PostAsync($"_emulator/charges/{chargeId}/refund",
                new FormUrlEncodedContent([KeyValuePair.Create("amount", amount)]));
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"amount={amount}");
        }
    }

    private HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorServer.TestKey);
        return request;
    }

    private async Task<(int Status, JsonNode Error)> PostAsync(string path, string body)
    {
        using var request = Authorized(HttpMethod.Post, path);
        request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _emulator.Http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((int)response.StatusCode, json["error"] ?? json);
    }
}
