using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests.Support;

/// <summary>A webhook request as the receiver saw it.</summary>
internal sealed record ReceivedWebhook(string Body, string? Signature, string? ContentType, DateTimeOffset At);

/// <summary>
/// The emulator on real Kestrel at a free loopback port, mounted as the Host mounts it (under a path prefix),
/// with a webhook receiver in the same app at <c>/stripe/webhook</c> reached through a relative WebhookUrl.
/// </summary>
internal sealed class EmulatorServer : IAsyncDisposable
{
    public const string Prefix = "/stripe-emulator";
    public const string TestKey = StripeEmulatorDefaults.TestSecretKey;
    public const string LiveKey = StripeEmulatorDefaults.LiveSecretKey;

    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, string address, string prefix)
    {
        _app = app;
        Address = address;
        ApiBase = address + prefix;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(ApiBase + "/") };
    }

    /// <summary>The Stripe API base for Stripe.net (no trailing slash).</summary>
    public string ApiBase { get; }

    public string Address { get; }

    /// <summary>A client for the emulator's pages and control API, relative to <see cref="ApiBase"/>; redirects are not followed.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How the receiver answers a delivery; 200 unless a test says otherwise.</summary>
    public Func<ReceivedWebhook, Task<int>> Respond { get; set; } = _ => Task.FromResult(200);

    public static async Task<EmulatorServer> StartAsync(
        Action<StripeEmulatorOptions>? configure = null, TimeProvider? clock = null, string prefix = Prefix, bool withWebhook = true,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (clock is not null) builder.Services.AddSingleton(clock);
        services?.Invoke(builder.Services);
        builder.Services.AddStripeEmulator(o =>
        {
            o.FirstRetryDelay = TimeSpan.FromMilliseconds(100);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
            o.DeliveryTimeout = TimeSpan.FromSeconds(5);
            if (withWebhook) o.WebhookUrl = "/stripe/webhook";
            configure?.Invoke(o);
        });
        var app = builder.Build();
        EmulatorServer? server = null;
        app.MapPost("/stripe/webhook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var received = new ReceivedWebhook(await reader.ReadToEndAsync(), http.Request.Headers["Stripe-Signature"].ToString(),
                http.Request.ContentType, DateTimeOffset.UtcNow);
            server!.Received.Enqueue(received);
            http.Response.StatusCode = await server.Respond(received);
        });
        app.MapStripeEmulator(prefix);
        await app.StartAsync();
        server = new EmulatorServer(app, app.Urls.Single(), prefix);
        return server;
    }

    public StripeClient Client(string key = TestKey) => new(key, apiBase: ApiBase);

    public static Stripe.Checkout.SessionCreateOptions SessionOptions(string accountId = "3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01", long amount = 1999) => new()
    {
        Mode = "payment",
        UiMode = "hosted_page",
        SuccessUrl = "http://app.test/billing/success?session_id={CHECKOUT_SESSION_ID}",
        CancelUrl = "http://app.test/billing/cancel",
        ClientReferenceId = accountId,
        CustomerEmail = "jenny.rosen@example.com",
        Metadata = new Dictionary<string, string> { ["account_id"] = accountId, ["pack_id"] = "pack_500_credits", ["purchase_id"] = "p-1" },
        LineItems =
        [
            new Stripe.Checkout.SessionLineItemOptions
            {
                Quantity = 1,
                PriceData = new Stripe.Checkout.SessionLineItemPriceDataOptions
                {
                    Currency = "usd",
                    UnitAmount = amount,
                    ProductData = new Stripe.Checkout.SessionLineItemPriceDataProductDataOptions { Name = "500 credits" },
                },
            },
        ],
    };

    public Task<Stripe.Checkout.Session> CreateSessionAsync(string key = TestKey, Stripe.Checkout.SessionCreateOptions? options = null) =>
        Client(key).V1.Checkout.Sessions.CreateAsync(options ?? SessionOptions());

    /// <summary>The control API's pay call, as the hosted page's customer would pay.</summary>
    public async Task<HttpResponseMessage> PayAsync(string sessionId, string card = "4242424242424242", params (string Key, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>> { new("card", card) };
        form.AddRange(extra.Select(e => KeyValuePair.Create(e.Key, e.Value)));
        return await Http.PostAsync($"_emulator/checkout/sessions/{sessionId}/pay", new FormUrlEncodedContent(form));
    }

    public async Task<JsonObject> PaidAsync(string sessionId, string card = "4242424242424242")
    {
        using var response = await PayAsync(sessionId, card);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>A session of <paramref name="amount"/> paid by card; answers its payment intent with the charge expanded.</summary>
    public async Task<PaymentIntent> PaidIntentAsync(string key = TestKey, long amount = 1999)
    {
        var session = await CreateSessionAsync(key, SessionOptions(amount: amount));
        await PaidAsync(session.Id);
        var paid = await Client(key).V1.Checkout.Sessions.GetAsync(session.Id);
        return await Client(key).V1.PaymentIntents.GetAsync(paid.PaymentIntentId, new PaymentIntentGetOptions { Expand = ["latest_charge"] });
    }

    public Task<Customer> CreateCustomerAsync(string key = TestKey, string email = "jenny.rosen@example.com") =>
        Client(key).V1.Customers.CreateAsync(new CustomerCreateOptions
        {
            Email = email, Name = "Jenny Rosen", Metadata = new Dictionary<string, string> { ["account_id"] = "3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01" },
        });

    /// <summary>A checkout for the customer that asks to keep the card (<c>payment_intent_data[setup_future_usage]</c>).</summary>
    public static Stripe.Checkout.SessionCreateOptions SavingOptions(string customerId, string usage = "off_session")
    {
        var options = SessionOptions();
        options.CustomerEmail = null;
        options.Customer = customerId;
        options.PaymentIntentData = new Stripe.Checkout.SessionPaymentIntentDataOptions { SetupFutureUsage = usage };
        return options;
    }

    /// <summary>Pays a checkout that saves the card to the customer; answers the saved payment method's id.</summary>
    public async Task<string> CardSavedAtCheckoutAsync(string customerId, string card = "4242424242424242", string usage = "off_session", string key = TestKey)
    {
        var session = await CreateSessionAsync(key, SavingOptions(customerId, usage));
        await PaidAsync(session.Id, card);
        return (await Client(key).V1.Checkout.Sessions.GetAsync(session.Id, new Stripe.Checkout.SessionGetOptions { Expand = ["payment_intent"] }))
            .PaymentIntent.PaymentMethodId;
    }

    /// <summary>Saves the card to the customer as a setup flow would (the control API), without a payment.</summary>
    public async Task<string> CardSavedBySetupAsync(string customerId, string card, string usage = "off_session") =>
        (string)(await PostControlAsync($"customers/{customerId}/payment_methods", ("card", card), ("usage", usage)))["id"]!;

    /// <summary>An automatic top-up as the app would ask for it: the saved card, charged without the customer.</summary>
    public static PaymentIntentCreateOptions OffSession(string customerId, string paymentMethodId, long amount = 1999) => new()
    {
        Amount = amount,
        Currency = "usd",
        Customer = customerId,
        PaymentMethod = paymentMethodId,
        OffSession = true,
        Confirm = true,
        Description = "Automatic top-up: 500 credits",
        Metadata = new Dictionary<string, string> { ["account_id"] = "3f6d2a9e-8c1b-4e7a-9d2f-5b6c7a8e9f01", ["top_up_id"] = "t-1" },
    };

    public async Task<JsonObject> PostControlAsync(string path, params (string Key, string Value)[] form)
    {
        using var response = await Http.PostAsync("_emulator/" + path, new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"POST _emulator/{path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The faults armed through the control API and not used up yet.</summary>
    public async Task<JsonArray> FaultsAsync() => JsonNode.Parse(await Http.GetStringAsync("_emulator/faults"))!["data"]!.AsArray();

    public async Task<JsonArray> EventsAsync(string? type = null, string? objectId = null)
    {
        var query = new List<string>();
        if (type is not null) query.Add("type=" + Uri.EscapeDataString(type));
        if (objectId is not null) query.Add("object_id=" + Uri.EscapeDataString(objectId));
        var json = JsonNode.Parse(await Http.GetStringAsync("_emulator/events" + (query.Count > 0 ? "?" + string.Join("&", query) : "")))!;
        return json["data"]!.AsArray();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing after <paramref name="timeout"/> (10 s by default).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    public Task<List<ReceivedWebhook>> ReceivedEventuallyAsync(Func<List<ReceivedWebhook>, bool> condition, string what, TimeSpan? timeout = null) =>
        EventuallyAsync(() => Task.FromResult(Received.ToList()), condition, what, timeout);

    public static string TypeOf(ReceivedWebhook webhook) => (string)JsonNode.Parse(webhook.Body)!["type"]!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
