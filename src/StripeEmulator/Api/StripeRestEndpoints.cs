using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.SavedCards;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>The subset of Stripe's REST API that SpriteDX calls, under <c>{prefix}/v1</c>.</summary>
internal static class StripeRestEndpoints
{
    public static void Map(IEndpointRouteBuilder root, string prefix)
    {
        var v1 = root.MapGroup("/v1");
        Stripe(v1, prefix, "POST", "/checkout/sessions", CreateSessionAsync);
        Stripe(v1, prefix, "GET", "/checkout/sessions", ListSessionsAsync);
        Stripe(v1, prefix, "GET", "/checkout/sessions/{id}", GetSessionAsync);
        Stripe(v1, prefix, "POST", "/checkout/sessions/{id}/expire", ExpireSessionAsync);
        Stripe(v1, prefix, "GET", "/checkout/sessions/{id}/line_items", SessionLineItemsAsync);
        Stripe(v1, prefix, "POST", "/payment_intents", CreatePaymentIntentAsync);
        Stripe(v1, prefix, "GET", "/payment_intents/{id}", api => GetObjectAsync(api, "payment_intent", "intent"));
        Stripe(v1, prefix, "GET", "/charges/{id}", api => GetObjectAsync(api, "charge", "charge"));
        Stripe(v1, prefix, "POST", "/refunds", CreateRefundAsync);
        Stripe(v1, prefix, "GET", "/refunds/{id}", api => GetObjectAsync(api, "refund", "refund"));
        Stripe(v1, prefix, "GET", "/disputes/{id}", api => GetObjectAsync(api, "dispute", "dispute"));
        Stripe(v1, prefix, "POST", "/customers", CreateCustomerAsync);
        Stripe(v1, prefix, "GET", "/customers", ListCustomersAsync);
        Stripe(v1, prefix, "GET", "/customers/{id}", api => GetObjectAsync(api, "customer", "customer"));
        Stripe(v1, prefix, "GET", "/payment_methods", ListPaymentMethodsAsync);
        Stripe(v1, prefix, "GET", "/payment_methods/{id}", api => GetObjectAsync(api, "payment_method", "payment_method"));
        Stripe(v1, prefix, "POST", "/payment_methods/{id}/detach", DetachPaymentMethodAsync);
        Stripe(v1, prefix, "GET", "/events", ListEventsAsync);
        Stripe(v1, prefix, "GET", "/events/{id}", GetEventAsync);
        v1.Map("/{**path}", StripeApiPipeline.UnrecognizedAsync);
    }

    private static void Stripe(
        RouteGroupBuilder group, string prefix, string method, string pattern, Func<StripeApiRequest, Task<StripeApiResponse>> handler) =>
        group.MapMethods(pattern, [method], (HttpContext http, StripeApiPipeline pipeline) => pipeline.ExecuteAsync(http, prefix, handler));

    private static async Task<StripeApiResponse> CreateSessionAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "checkout.session");
        var input = CreateSessionParams.Parse(reader, api.Livemode, Clock(api).GetUtcNow());
        reader.RejectUnknown();
        var session = await Service<CheckoutSessions>(api).CreateAsync(input, api.BaseUrl, expand, api.Aborted);
        return StripeApiResponse.Ok(session);
    }

    private static async Task<StripeApiResponse> ListSessionsAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var page = Paging(reader);
        var expand = ListExpansions(reader, "checkout.session");
        var status = reader.Enum("status", ["open", "complete", "expired"]);
        reader.RejectUnknown();
        await Service<CheckoutSessions>(api).ExpireDueAsync(api.Aborted);
        return StripeApiResponse.Ok(await Service<EmulatorStore>(api).ReadAsync(s =>
        {
            var found = s.PageObjects("checkout.session", api.Livemode, status, page);
            return StripeObjects.List("/v1/checkout/sessions", found.Items.Select(o => ObjectReader.Expand(s, o, expand)), found.HasMore);
        }, api.Aborted));
    }

    private static async Task<StripeApiResponse> GetSessionAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "checkout.session");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<CheckoutSessions>(api).GetAsync(api.Route("id"), api.Livemode, expand, api.Aborted));
    }

    private static async Task<StripeApiResponse> ExpireSessionAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "checkout.session");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<CheckoutSessions>(api).ExpireAsync(api.Route("id"), api.Livemode, expand, api.Origin, api.Aborted));
    }

    private static async Task<StripeApiResponse> SessionLineItemsAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        reader.Integer("limit", min: 1, max: 100);
        reader.Ignore("starting_after", "ending_before");
        reader.ListOfStrings("expand");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<CheckoutSessions>(api).LineItemsAsync(api.Route("id"), api.Livemode, api.Aborted));
    }

    private static async Task<StripeApiResponse> CreateRefundAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "refund");
        var chargeId = reader.String("charge");
        var paymentIntentId = reader.String("payment_intent");
        var input = new RefundInput(
            reader.Integer("amount", min: 1), reader.Enum("reason", ChargeAdjustments.RefundReasons),
            reader.Metadata("metadata") ?? new Dictionary<string, string>());
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<ChargeAdjustments>(api).CreateRefundAsync(
            chargeId, paymentIntentId, api.Livemode, input, expand, api.Origin, api.Aborted));
    }

    private static async Task<StripeApiResponse> CreateCustomerAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        // A customer has nothing to expand: any expand[] is Stripe's "cannot be expanded".
        Expansions(reader, "customer");
        var input = new CustomerInput(
            reader.Email("email"), reader.String("name", maxLength: 256), reader.String("description", maxLength: 5000),
            reader.String("phone", maxLength: 20), reader.Metadata("metadata") ?? new Dictionary<string, string>(),
            reader.ListOfStrings("preferred_locales"));
        // A balance, a payment source or a subscription plan would move money the emulator does not model.
        reader.RefuseUnsupported("balance", "cash_balance", "payment_method", "plan", "source", "test_clock");
        reader.Ignore("address", "business_name", "individual_name", "invoice_prefix", "invoice_settings", "next_invoice_sequence",
            "shipping", "tax", "tax_exempt", "tax_id_data", "validate");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<CustomerCards>(api).CreateCustomerAsync(input, api.Livemode, api.Origin, api.Aborted));
    }

    private static async Task<StripeApiResponse> ListCustomersAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var page = Paging(reader);
        var expand = ListExpansions(reader, "customer");
        var email = reader.String("email", maxLength: 512);
        reader.RefuseUnsupported("created", "test_clock");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<EmulatorStore>(api).ReadAsync(s =>
        {
            var found = s.PageObjects("customer", api.Livemode, null, page, email is null ? null : new JsonMatch("$.email", email));
            return StripeObjects.List("/v1/customers", found.Items.Select(o => ObjectReader.Expand(s, o, expand)), found.HasMore);
        }, api.Aborted));
    }

    /// <summary>A customer's saved payment methods, newest first; a detached one is no longer the customer's.</summary>
    private static async Task<StripeApiResponse> ListPaymentMethodsAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var page = Paging(reader);
        var expand = ListExpansions(reader, "payment_method");
        var customer = reader.String("customer") ?? throw StripeApiException.InvalidRequest(
            "The Stripe emulator lists the payment methods of one customer: pass customer.", "customer");
        var type = reader.String("type");
        reader.RefuseUnsupported("allow_redisplay", "customer_account");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<EmulatorStore>(api).ReadAsync(s =>
        {
            ObjectReader.Require(s, "customer", customer, api.Livemode, "customer");
            // Every payment method the emulator saves is a card.
            var found = type is null or "card"
                ? s.PageObjects("payment_method", api.Livemode, null, page, new JsonMatch("$.customer", customer))
                : new Page<StoredObject>([], false);
            return StripeObjects.List("/v1/payment_methods", found.Items.Select(o => ObjectReader.Expand(s, o, expand)), found.HasMore);
        }, api.Aborted));
    }

    private static async Task<StripeApiResponse> DetachPaymentMethodAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "payment_method");
        reader.RejectUnknown();
        return StripeApiResponse.Ok(await Service<CustomerCards>(api).DetachAsync(api.Route("id"), api.Livemode, expand, api.Origin, api.Aborted));
    }

    private static async Task<StripeApiResponse> CreatePaymentIntentAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, "payment_intent");
        var input = CreatePaymentIntentParams.Parse(reader);
        reader.RejectUnknown();
        var outcome = await Service<OffSessionPayments>(api).ChargeAsync(input, api.Livemode, api.BaseUrl, expand, api.Origin, api.Aborted);
        return outcome switch
        {
            OffSessionPaid paid => StripeApiResponse.Ok(paid.PaymentIntent),
            // A decline is an answer, not a refusal: the pipeline keeps it for the idempotency key like a success.
            OffSessionDeclined declined => new StripeApiResponse(declined.Error.StatusCode, declined.Error.ToJson()),
            _ => throw new System.Diagnostics.UnreachableException($"Unexpected outcome {outcome.GetType().Name}."),
        };
    }

    private static async Task<StripeApiResponse> GetObjectAsync(StripeApiRequest api, string type, string param)
    {
        var reader = api.Params.Reader();
        var expand = Expansions(reader, type);
        reader.RejectUnknown();
        var id = api.Route("id");
        var json = await Service<EmulatorStore>(api).ReadAsync(
            s => ObjectReader.Expand(s, ObjectReader.Require(s, type, id, api.Livemode, param), expand), api.Aborted);
        return StripeApiResponse.Ok(json);
    }

    private static async Task<StripeApiResponse> GetEventAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        reader.ListOfStrings("expand");
        reader.RejectUnknown();
        var id = api.Route("id");
        var stored = await Service<EmulatorStore>(api).ReadAsync(s => s.FindEvent(id), api.Aborted)
                     ?? throw StripeApiException.NoSuch("event", id, "id");
        if (stored.Livemode != api.Livemode) throw StripeApiException.NoSuch("event", id, "id", existsInOtherMode: true, requestLivemode: api.Livemode);
        return StripeApiResponse.Ok(EventJson(stored));
    }

    private static async Task<StripeApiResponse> ListEventsAsync(StripeApiRequest api)
    {
        var reader = api.Params.Reader();
        var page = Paging(reader);
        reader.ListOfStrings("expand");
        var types = reader.ListOfStrings("types").ToList();
        if (reader.String("type") is { } type)
        {
            if (types.Count > 0) throw StripeApiException.InvalidRequest("You may only specify one of these parameters: type, types.", "type");
            types.Add(type);
        }
        reader.RejectUnknown();
        var found = await Service<EmulatorStore>(api).ReadAsync(s => s.PageEvents(api.Livemode, types, page), api.Aborted);
        return StripeApiResponse.Ok(StripeObjects.List("/v1/events", found.Items.Select(EventJson), found.HasMore));
    }

    private static JsonObject EventJson(StoredEvent stored)
    {
        var json = JsonNode.Parse(stored.Body)!.AsObject();
        json["pending_webhooks"] = stored.State == DeliveryState.Pending ? 1 : 0;
        return json;
    }

    /// <summary>Stripe's list parameters: <c>limit</c> 1..100 (10), and at most one of the two cursors.</summary>
    private static PageRequest Paging(StripeParams.ParamReader reader)
    {
        var limit = (int)(reader.Integer("limit", min: 1, max: 100) ?? 10);
        var startingAfter = reader.String("starting_after");
        var endingBefore = reader.String("ending_before");
        if (startingAfter is not null && endingBefore is not null)
            throw StripeApiException.InvalidRequest("You may only specify one of these parameters: ending_before, starting_after.", "starting_after");
        return new PageRequest(limit, startingAfter, endingBefore);
    }

    /// <summary>A list expands its items' fields as <c>data.field</c>.</summary>
    private static List<string> ListExpansions(StripeParams.ParamReader reader, string type)
    {
        var expand = reader.ListOfStrings("expand").Distinct().ToList();
        foreach (var path in expand.Where(p => !p.StartsWith("data.", StringComparison.Ordinal)))
            throw StripeApiException.InvalidRequest($"This property cannot be expanded ({path}).", "expand");
        var itemPaths = expand.Select(p => p["data.".Length..]).ToList();
        ObjectReader.ValidateExpansions(type, itemPaths);
        return itemPaths;
    }

    private static List<string> Expansions(StripeParams.ParamReader reader, string type)
    {
        var expand = reader.ListOfStrings("expand").Distinct().ToList();
        ObjectReader.ValidateExpansions(type, expand);
        return expand;
    }

    private static T Service<T>(StripeApiRequest api) where T : notnull => api.Http.RequestServices.GetRequiredService<T>();

    private static TimeProvider Clock(StripeApiRequest api) => Service<TimeProvider>(api);
}
