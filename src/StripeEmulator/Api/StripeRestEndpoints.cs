using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>The subset of Stripe's REST API that SpriteDX calls, under <c>{prefix}/v1</c>.</summary>
internal static class StripeRestEndpoints
{
    public static void Map(IEndpointRouteBuilder root, string prefix)
    {
        var v1 = root.MapGroup("/v1");
        Stripe(v1, prefix, "POST", "/checkout/sessions", CreateSessionAsync);
        Stripe(v1, prefix, "GET", "/checkout/sessions/{id}", GetSessionAsync);
        Stripe(v1, prefix, "POST", "/checkout/sessions/{id}/expire", ExpireSessionAsync);
        Stripe(v1, prefix, "GET", "/checkout/sessions/{id}/line_items", SessionLineItemsAsync);
        Stripe(v1, prefix, "GET", "/payment_intents/{id}", api => GetObjectAsync(api, "payment_intent", "intent"));
        Stripe(v1, prefix, "GET", "/charges/{id}", api => GetObjectAsync(api, "charge", "charge"));
        Stripe(v1, prefix, "GET", "/refunds/{id}", api => GetObjectAsync(api, "refund", "refund"));
        Stripe(v1, prefix, "GET", "/disputes/{id}", api => GetObjectAsync(api, "dispute", "dispute"));
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
        var stored = await Service<EmulatorStore>(api).ReadAsync(s => s.FindEvent(id), api.Aborted);
        if (stored is null) throw StripeApiException.NoSuch("event", id, "id");
        if (stored.Livemode != api.Livemode) throw StripeApiException.NoSuch("event", id, "id", existsInOtherMode: true, requestLivemode: api.Livemode);
        var json = JsonNode.Parse(stored.Body)!.AsObject();
        json["pending_webhooks"] = stored.State == DeliveryState.Pending ? 1 : 0;
        return StripeApiResponse.Ok(json);
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
