using System.Text;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.SavedCards;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>
/// The emulator-only control API under <c>{prefix}/_emulator</c>: what a customer, a bank or a card network
/// would do (pay, settle a bank debit, dispute), what the merchant does in Stripe's dashboard (refund,
/// resend an event), and the webhook switch. No API key: it exists only on the emulator.
/// </summary>
internal static class ControlEndpoints
{
    public const string DefaultName = "Jenny Rosen";
    public const string DefaultEmail = "jenny.rosen@example.com";
    public const string DefaultCountry = "US";
    public const string DefaultPostalCode = "42424";

    public static void Map(IEndpointRouteBuilder root)
    {
        var control = root.MapGroup("/_emulator");
        control.MapPost("/checkout/sessions/{id}/pay", (HttpContext http) => RunAsync(http, PayAsync));
        control.MapPost("/checkout/sessions/{id}/async_payment", (HttpContext http) => RunAsync(http, SettleAsync));
        control.MapGet("/checkout/sessions", (HttpContext http) => RunAsync(http, ListOf("checkout.session")));
        control.MapGet("/customers", (HttpContext http) => RunAsync(http, ListOf("customer")));
        control.MapPost("/customers/{id}/payment_methods", (HttpContext http) => RunAsync(http, SaveCardAsync));
        control.MapGet("/payment_methods", (HttpContext http) => RunAsync(http, ListOf("payment_method")));
        control.MapGet("/payment_intents", (HttpContext http) => RunAsync(http, ListOf("payment_intent")));
        control.MapPost("/charges/{id}/refund", (HttpContext http) => RunAsync(http, RefundAsync));
        control.MapPost("/charges/{id}/dispute", (HttpContext http) => RunAsync(http, DisputeAsync));
        control.MapPost("/refunds/{id}/fail", (HttpContext http) => RunAsync(http, FailRefundAsync));
        control.MapPost("/disputes/{id}/close", (HttpContext http) => RunAsync(http, CloseDisputeAsync));
        control.MapGet("/events", (HttpContext http) => RunAsync(http, ListEventsAsync));
        control.MapPost("/events/{id}/resend", (HttpContext http) => RunAsync(http, ResendAsync));
        control.MapGet("/webhooks", (HttpContext http) => RunAsync(http, WebhookStatusAsync));
        control.MapPost("/webhooks/pause", (HttpContext http) => RunAsync(http, PauseAsync));
        control.MapPost("/webhooks/resume", (HttpContext http) => RunAsync(http, ResumeAsync));
        control.MapGet("/requests", (HttpContext http) => RunAsync(http, ListRequestsAsync));
        control.MapGet("/faults", (HttpContext http) => RunAsync(http, ListFaultsAsync));
        control.MapPost("/faults", (HttpContext http) => RunAsync(http, ArmFaultAsync));
        control.MapDelete("/faults", (HttpContext http) => RunAsync(http, ClearFaultsAsync));
    }

    private static async Task<StripeApiResponse> PayAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var id = Route(http, "id");
        var payments = Service<CheckoutPayments>(http);
        PaymentOutcome outcome;
        if (p.Enum("payment_method", ["card", "us_bank_account"]) == "us_bank_account")
        {
            var payer = Payer(p);
            p.RejectUnknown();
            outcome = await payments.PayByBankDebitAsync(id, payer, http.RequestAborted);
        }
        else
        {
            outcome = await payments.PayByCardAsync(id, Card(p, Service<TimeProvider>(http).GetUtcNow()), http.RequestAborted);
        }

        return outcome switch
        {
            PaymentSucceeded paid => StripeApiResponse.Ok(paid.Session),
            PaymentProcessing processing => StripeApiResponse.Ok(processing.Session),
            PaymentDeclined declined => new StripeApiResponse(declined.Error.StatusCode, declined.Error.ToJson()),
            SessionNotPayable closed => throw StripeApiException.InvalidRequest(
                $"This Checkout Session is no longer open (status: {(string?)closed.Session["status"]}).", "session", "checkout_session_not_open"),
            _ => throw new InvalidOperationException($"Unexpected payment outcome {outcome.GetType().Name}."),
        };
    }

    private static async Task<StripeApiResponse> SettleAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var result = p.Enum("result", ["succeeded", "failed"], required: true);
        p.RejectUnknown();
        var session = await Service<CheckoutPayments>(http).SettleBankDebitAsync(Route(http, "id"), result == "succeeded", http.RequestAborted);
        return StripeApiResponse.Ok(session);
    }

    /// <summary>What a setup flow does for a customer: checks the card (3-D Secure where it asks) and saves it, no payment.</summary>
    private static async Task<StripeApiResponse> SaveCardAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var usage = p.Enum("usage", PaymentIntentDataInput.FutureUsages) ?? "off_session";
        var card = Card(p, Service<TimeProvider>(http).GetUtcNow());
        return StripeApiResponse.Ok(await Service<CustomerCards>(http).SaveBySetupAsync(Route(http, "id"), card, usage, http.RequestAborted));
    }

    /// <summary>The newest objects of a type in both modes, optionally only a customer's.</summary>
    private static Func<HttpContext, StripeParams.ParamReader, Task<StripeApiResponse>> ListOf(string type) => async (http, p) =>
    {
        var limit = (int)(p.Integer("limit", min: 1, max: 100) ?? 20);
        var customer = p.String("customer");
        p.RejectUnknown();
        await Service<CheckoutSessions>(http).ExpireDueAsync(http.RequestAborted);
        var found = await Service<EmulatorStore>(http).ReadAsync(
            s => s.List(type, limit, customer is null ? null : new JsonMatch("$.customer", customer)), http.RequestAborted);
        return StripeApiResponse.Ok(new JsonObject { ["data"] = new JsonArray(found.Select(o => (JsonNode)o.Json).ToArray()) });
    };

    private static PayerDetails Payer(StripeParams.ParamReader p) => new(
        p.String("email") ?? DefaultEmail, p.String("name") ?? DefaultName,
        p.String("country") ?? DefaultCountry, p.String("postal_code") ?? DefaultPostalCode);

    /// <summary>The card as the hosted page's form takes it, checked as the page checks it; the last parameters read.</summary>
    private static CardPayment Card(StripeParams.ParamReader p, DateTimeOffset now)
    {
        var payer = Payer(p);
        var digits = TestCards.Digits(p.String("card", required: true));
        var expMonth = (int)(p.Integer("exp_month", min: 1, max: 12) ?? 12);
        var expYear = (int)(p.Integer("exp_year", min: 2000, max: 2100) ?? now.Year + 5);
        p.String("cvc");
        var threeDSecure = p.Enum("three_d_secure", ["approve", "fail"]) == "fail" ? ThreeDSecureStep.Failed : ThreeDSecureStep.Approved;
        p.RejectUnknown();
        if (!TestCards.PassesLuhn(digits))
            throw StripeApiException.CardDeclined("Your card number is incorrect.", "incorrect_number", null, "card");
        if (new DateTime(expYear, expMonth, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1) <= now.UtcDateTime)
            throw StripeApiException.CardDeclined("Your card's expiration date is in the past.", "invalid_expiry_year", null, "exp_year");
        return new CardPayment(digits, expMonth, expYear, payer, threeDSecure);
    }

    private static async Task<StripeApiResponse> RefundAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var input = new RefundInput(
            p.Integer("amount", min: 1), p.Enum("reason", ChargeAdjustments.RefundReasons), p.Metadata("metadata") ?? new Dictionary<string, string>());
        p.RejectUnknown();
        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        var origin = new RequestOrigin(StripeIds.Request(), idempotencyKey.Length > 0 ? idempotencyKey : Guid.NewGuid().ToString());
        var charge = await Service<ChargeAdjustments>(http).RefundChargeAsync(Route(http, "id"), input, origin, http.RequestAborted);
        return StripeApiResponse.Ok(charge);
    }

    private static async Task<StripeApiResponse> FailRefundAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var reason = p.Enum("failure_reason", ChargeAdjustments.RefundFailureReasons) ?? "expired_or_canceled_card";
        p.RejectUnknown();
        return StripeApiResponse.Ok(await Service<ChargeAdjustments>(http).FailRefundAsync(Route(http, "id"), reason, http.RequestAborted));
    }

    private static async Task<StripeApiResponse> CloseDisputeAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var outcome = p.Enum("status", ChargeAdjustments.DisputeOutcomes, required: true)!;
        p.RejectUnknown();
        return StripeApiResponse.Ok(await Service<ChargeAdjustments>(http).CloseDisputeAsync(Route(http, "id"), outcome, http.RequestAborted));
    }

    private static async Task<StripeApiResponse> DisputeAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var reason = p.Enum("reason", ChargeAdjustments.DisputeReasons) ?? "fraudulent";
        p.RejectUnknown();
        return StripeApiResponse.Ok(await Service<ChargeAdjustments>(http).DisputeAsync(Route(http, "id"), reason, http.RequestAborted));
    }

    private static async Task<StripeApiResponse> ListEventsAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var limit = (int)(p.Integer("limit", min: 1, max: 1000) ?? 100);
        var type = p.String("type");
        var objectId = p.String("object_id");
        p.RejectUnknown();
        var events = await Service<WebhookDeliveries>(http).ListAsync(limit, type, objectId, http.RequestAborted);
        return StripeApiResponse.Ok(new JsonObject { ["data"] = new JsonArray(events.Select(e => (JsonNode)EventSummary(e)).ToArray()) });
    }

    private static async Task<StripeApiResponse> ResendAsync(HttpContext http, StripeParams.ParamReader p)
    {
        p.RejectUnknown();
        var id = Route(http, "id");
        var deliveries = Service<WebhookDeliveries>(http);
        await deliveries.ResendAsync(id, http.RequestAborted);
        var events = await deliveries.ListAsync(1000, null, null, http.RequestAborted);
        return StripeApiResponse.Ok(EventSummary(events.First(e => e.Event.Id == id)));
    }

    private static async Task<StripeApiResponse> WebhookStatusAsync(HttpContext http, StripeParams.ParamReader p)
    {
        p.RejectUnknown();
        return StripeApiResponse.Ok(new JsonObject
        {
            ["paused"] = await Service<WebhookDeliveries>(http).IsPausedAsync(http.RequestAborted),
            ["url"] = Service<WebhookEndpoint>(http).Resolve(),
        });
    }

    private static Task<StripeApiResponse> PauseAsync(HttpContext http, StripeParams.ParamReader p) => SetPausedAsync(http, p, true);

    private static Task<StripeApiResponse> ResumeAsync(HttpContext http, StripeParams.ParamReader p) => SetPausedAsync(http, p, false);

    private static async Task<StripeApiResponse> SetPausedAsync(HttpContext http, StripeParams.ParamReader p, bool paused)
    {
        p.RejectUnknown();
        await Service<WebhookDeliveries>(http).SetPausedAsync(paused, http.RequestAborted);
        return StripeApiResponse.Ok(new JsonObject { ["paused"] = paused });
    }

    /// <summary>The next <c>count</c> API calls whose path starts with <c>path</c> fail (500, timeout) or answer late (<c>delay</c> ms).</summary>
    private static Task<StripeApiResponse> ArmFaultAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var path = p.String("path", required: true, maxLength: 200)!;
        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
            throw StripeApiException.InvalidRequest("path must be a Stripe API path starting with /v1/, such as /v1/checkout/sessions.", "path");
        var method = p.Enum("method", ["GET", "POST", "DELETE"]);
        var status = p.Enum("status", ["500", "timeout"]);
        var delay = TimeSpan.FromMilliseconds(p.Integer("delay", min: 1, max: 600_000) ?? 0);
        var count = (int)(p.Integer("count", min: 1, max: 10_000) ?? 1);
        p.RejectUnknown();
        if (status is null == (delay == TimeSpan.Zero))
            throw StripeApiException.InvalidRequest("Give either status=500|timeout or delay=ms (a slow answer), not both.", status is null ? "status" : "delay");
        var kind = status switch { "500" => ApiFaultKind.ServerError, "timeout" => ApiFaultKind.Timeout, _ => ApiFaultKind.Slow };
        var faults = Service<ApiFaults>(http);
        faults.Arm(new ApiFault(path, method, kind, delay, count));
        return Task.FromResult(StripeApiResponse.Ok(new JsonObject { ["data"] = faults.Describe() }));
    }

    private static Task<StripeApiResponse> ListFaultsAsync(HttpContext http, StripeParams.ParamReader p)
    {
        p.RejectUnknown();
        return Task.FromResult(StripeApiResponse.Ok(new JsonObject { ["data"] = Service<ApiFaults>(http).Describe() }));
    }

    private static Task<StripeApiResponse> ClearFaultsAsync(HttpContext http, StripeParams.ParamReader p)
    {
        p.RejectUnknown();
        Service<ApiFaults>(http).Clear();
        return Task.FromResult(StripeApiResponse.Ok(new JsonObject { ["data"] = new JsonArray() }));
    }

    private static Task<StripeApiResponse> ListRequestsAsync(HttpContext http, StripeParams.ParamReader p)
    {
        var limit = (int)(p.Integer("limit", min: 1, max: 200) ?? 50);
        p.RejectUnknown();
        var entries = Service<ApiRequestLog>(http).Newest(limit).Select(e => (JsonNode)new JsonObject
        {
            ["at"] = e.At.ToUnixTimeMilliseconds() / 1000.0,
            ["method"] = e.Method,
            ["path"] = e.Path,
            ["status"] = e.Status,
            ["livemode"] = e.Livemode,
            ["stripe_version"] = e.StripeVersion,
            ["idempotency_key"] = e.IdempotencyKey,
            ["request_id"] = e.RequestId,
        });
        return Task.FromResult(StripeApiResponse.Ok(new JsonObject { ["data"] = new JsonArray(entries.ToArray()) }));
    }

    internal static JsonObject EventSummary(EventDeliveries e) => new()
    {
        ["id"] = e.Event.Id,
        ["type"] = e.Event.Type,
        ["livemode"] = e.Event.Livemode,
        ["created"] = e.Event.Created,
        ["object_id"] = e.Event.ObjectId,
        ["delivery_state"] = e.Event.State.ToString().ToLowerInvariant(),
        ["deliveries"] = new JsonArray(e.Attempts.Select(a => (JsonNode)new JsonObject
        {
            ["at"] = a.At.ToUnixTimeMilliseconds() / 1000.0,
            ["status"] = a.Status,
            ["error"] = a.Error,
        }).ToArray()),
    };

    private static async Task RunAsync(HttpContext http, Func<HttpContext, StripeParams.ParamReader, Task<StripeApiResponse>> action)
    {
        StripeApiResponse response;
        try
        {
            var pairs = http.Request.Query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))).ToList();
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                pairs.AddRange(form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? ""))));
            }
            response = await action(http, StripeParams.Parse(pairs).Reader());
        }
        catch (StripeApiException ex)
        {
            response = new StripeApiResponse(ex.StatusCode, ex.ToJson());
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
        {
            response = new StripeApiResponse(400, StripeApiException.InvalidRequest($"Invalid request: {ex.Message}").ToJson());
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            Service<ILoggerFactory>(http).CreateLogger(typeof(ControlEndpoints)).LogError(ex, "Stripe emulator control call failed");
            response = new StripeApiResponse(500, new StripeApiException(500, "api_error", "An unexpected error occurred in the Stripe emulator; see its log.").ToJson());
        }
        http.Response.StatusCode = response.StatusCode;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(StripeJson.Serialize(response.Body), Encoding.UTF8, CancellationToken.None);
    }

    private static string Route(HttpContext http, string name) => (string)http.Request.RouteValues[name]!;

    private static T Service<T>(HttpContext http) where T : notnull => http.RequestServices.GetRequiredService<T>();
}
