using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.Modules.Payments.Features.Debug;

internal abstract record SampleSend
{
    public sealed record Sent(string EventId, HttpStatusCode Status, string Answer) : SampleSend;

    /// <summary>The input cannot make that event (an unknown type, a charge id for a session event, an id Stripe does not know).</summary>
    public sealed record Refused(string Reason) : SampleSend;
}

/// <summary>
/// Signed sample events for the debug page, POSTed over HTTP to the app's own `/stripe/webhook` so they take
/// the path Stripe's take: signature check, inbox, reconciliation job. Given a session or charge id, the
/// event carries that object as Stripe returns it now; without one, a made-up object the app will not know.
/// </summary>
internal sealed class SampleWebhooks(IOptions<StripeOptions> options, StripeClients stripe, OwnServerAddress own, IHttpClientFactory http, TimeProvider clock)
{
    public const string HttpClientName = "SpriteDX.Payments.SampleWebhooks";

    public static IReadOnlyList<string> Types { get; } =
    [
        EventTypes.CheckoutSessionCompleted, EventTypes.CheckoutSessionExpired, EventTypes.CheckoutSessionAsyncPaymentSucceeded,
        EventTypes.CheckoutSessionAsyncPaymentFailed, EventTypes.ChargeRefunded, EventTypes.ChargeDisputeCreated,
    ];

    public async Task<SampleSend> SendAsync(BillingMode mode, string? type, string? objectId, CancellationToken ct)
    {
        if (type is null || !Types.Contains(type))
            return new SampleSend.Refused($"SpriteDX sends no sample of '{type}'. Pick one of: {string.Join(", ", Types)}.");
        // The verifier picks the secret by the event's mode; the sample is signed with the same one.
        if (options.Value.For(mode).WebhookSecret is not { Length: > 0 } secret)
            return new SampleSend.Refused($"No webhook secret is configured for {Name(mode)} mode, so the endpoint would refuse any {Name(mode)}-mode event.");
        if (!stripe.IsConfigured(mode))
            return new SampleSend.Refused($"No Stripe secret key is configured for {Name(mode)} mode, so nothing can be fetched from Stripe.");

        objectId = string.IsNullOrWhiteSpace(objectId) ? null : objectId.Trim();
        JsonObject dataObject;
        try
        {
            var built = type.StartsWith("checkout.session.", StringComparison.Ordinal)
                ? await SessionAsync(mode, type, objectId, ct)
                : await ChargeObjectAsync(mode, type, objectId, ct);
            if (built.Refusal is { } refusal)
                return new SampleSend.Refused(refusal);
            dataObject = built.Object!;
        }
        catch (StripeException ex) when (ex.HttpStatusCode == HttpStatusCode.NotFound)
        {
            return new SampleSend.Refused($"Stripe has no {Name(mode)}-mode object {objectId}.");
        }

        var eventId = "evt_debug_" + Guid.NewGuid().ToString("n");
        var now = clock.GetUtcNow();
        var body = new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = now.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["object"] = dataObject },
            ["livemode"] = mode.IsLivemode(),
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        }.ToJsonString();

        using var request = new HttpRequestMessage(HttpMethod.Post, own.Base() + "/stripe/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", EventUtility.GenerateSignatureHeader(body, secret, now.ToUnixTimeSeconds()));
        using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
        return new SampleSend.Sent(eventId, response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<Built> SessionAsync(BillingMode mode, string type, string? sessionId, CancellationToken ct)
    {
        if (sessionId is null)
        {
            var expired = type == EventTypes.CheckoutSessionExpired;
            return Built.From(new JsonObject
            {
                ["id"] = $"cs_{Name(mode)}_debug_{Guid.NewGuid():n}", ["object"] = "checkout.session", ["livemode"] = mode.IsLivemode(),
                ["status"] = expired ? "expired" : "complete", ["payment_status"] = expired ? "unpaid" : "paid",
            });
        }

        if (!sessionId.StartsWith("cs_", StringComparison.Ordinal))
            return Built.Refuse($"{type} is about a Checkout Session: give its cs_… id, not {sessionId}.");
        var session = await stripe.For(mode).V1.Checkout.Sessions.GetAsync(sessionId, cancellationToken: ct);
        return Built.From(Raw(session));
    }

    /// <summary>charge.refunded carries the charge; charge.dispute.created a dispute of it, as Stripe would open one.</summary>
    private async Task<Built> ChargeObjectAsync(BillingMode mode, string type, string? id, CancellationToken ct)
    {
        JsonObject charge;
        if (id is null)
        {
            charge = new JsonObject
            {
                ["id"] = $"ch_debug_{Guid.NewGuid():n}", ["object"] = "charge", ["livemode"] = mode.IsLivemode(), ["amount"] = 500,
                ["amount_refunded"] = 500, ["refunded"] = true, ["currency"] = "usd", ["metadata"] = new JsonObject(),
            };
        }
        else if (id.StartsWith("cs_", StringComparison.Ordinal))
        {
            var session = await stripe.For(mode).V1.Checkout.Sessions.GetAsync(id, new SessionGetOptions { Expand = ["payment_intent"] }, cancellationToken: ct);
            if (session.PaymentIntent?.LatestChargeId is not { } chargeId)
                return Built.Refuse($"Checkout Session {id} has no charge yet: it was never paid.");
            charge = Raw(await stripe.For(mode).V1.Charges.GetAsync(chargeId, cancellationToken: ct));
        }
        else if (id.StartsWith("ch_", StringComparison.Ordinal) || id.StartsWith("py_", StringComparison.Ordinal))
        {
            charge = Raw(await stripe.For(mode).V1.Charges.GetAsync(id, cancellationToken: ct));
        }
        else
        {
            return Built.Refuse($"{type} is about a charge: give its ch_… id, or the cs_… id of the Checkout Session that paid it.");
        }

        if (type == EventTypes.ChargeRefunded)
            return Built.From(charge);
        return Built.From(new JsonObject
        {
            ["id"] = $"dp_debug_{Guid.NewGuid():n}", ["object"] = "dispute", ["livemode"] = mode.IsLivemode(),
            ["amount"] = charge["amount"]?.DeepClone(), ["currency"] = charge["currency"]?.DeepClone(), ["charge"] = charge["id"]?.DeepClone(),
            ["payment_intent"] = charge["payment_intent"]?.DeepClone(), ["reason"] = "fraudulent", ["status"] = "needs_response",
            ["created"] = clock.GetUtcNow().ToUnixTimeSeconds(), ["metadata"] = new JsonObject(),
        });
    }

    /// <summary>The object exactly as Stripe answered it.</summary>
    private static JsonObject Raw(IStripeEntity entity) => JsonNode.Parse(entity.StripeResponse.Content)!.AsObject();

    private static string Name(BillingMode mode) => mode.ToString().ToLowerInvariant();

    private sealed record Built(JsonObject? Object, string? Refusal)
    {
        public static Built From(JsonObject dataObject) => new(dataObject, null);

        public static Built Refuse(string reason) => new(null, reason);
    }
}
