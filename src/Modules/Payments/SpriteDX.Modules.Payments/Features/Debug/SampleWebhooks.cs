using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Debug;

internal abstract record SampleSend
{
    /// <param name="Note">What the developer should know about the outcome (a refund Stripe says has not failed, say).</param>
    public sealed record Sent(string EventId, HttpStatusCode Status, string Answer, string? Note = null) : SampleSend;

    /// <summary>The input cannot make that event (an unknown type, a charge id for a session event, an id Stripe does not know).</summary>
    public sealed record Refused(string Reason) : SampleSend;
}

/// <summary>One entry of the debug page's list of samples: an event type and, for a dispute's close, how it closed.</summary>
internal sealed record SampleEvent(string Type, string? DisputeOutcome = null)
{
    /// <summary>What the page's form sends: the type, with the outcome after a colon.</summary>
    public string Key => DisputeOutcome is null ? Type : $"{Type}:{DisputeOutcome}";

    public string Label => DisputeOutcome is null ? Type : $"{Type} ({DisputeOutcome})";
}

/// <summary>
/// Signed sample events for the debug page, POSTed over HTTP to the app's own `/stripe/webhook` so they take
/// the path Stripe's take: signature check, inbox, reconciliation job. Given a session, charge, refund or dispute id,
/// the event carries that object as Stripe returns it now; without one, a made-up object the app will not know.
/// A dispute sample of a charge is that charge's one dispute (`dp_debug_{charge}`), so its opening and its closing
/// pair up however often either is sent; a dispute's close carries the outcome chosen on the page, as Stripe's does.
/// </summary>
internal sealed class SampleWebhooks(
    IOptions<StripeOptions> options, StripeClients stripe, StripeObjectLookup lookup, OwnServerAddress own, IHttpClientFactory http, TimeProvider clock)
{
    public const string HttpClientName = "SpriteDX.Payments.SampleWebhooks";

    private const string DebugDisputePrefix = "dp_debug_";

    public static IReadOnlyList<SampleEvent> Samples { get; } =
    [
        new(EventTypes.CheckoutSessionCompleted), new(EventTypes.CheckoutSessionExpired), new(EventTypes.CheckoutSessionAsyncPaymentSucceeded),
        new(EventTypes.CheckoutSessionAsyncPaymentFailed), new(EventTypes.ChargeRefunded), new(EventTypes.RefundFailed),
        new(EventTypes.ChargeRefundUpdated), new(EventTypes.ChargeDisputeCreated), new(EventTypes.ChargeDisputeClosed, "won"),
        new(EventTypes.ChargeDisputeClosed, "lost"),
    ];

    public async Task<SampleSend> SendAsync(BillingMode mode, string? key, string? objectId, CancellationToken ct)
    {
        if (Samples.SingleOrDefault(s => s.Key == key) is not { Type: var type } sample)
            return new SampleSend.Refused($"SpriteDX sends no sample of '{key}'. Pick one of: {string.Join(", ", Samples.Select(s => s.Key))}.");
        // The verifier picks the secret by the event's mode; the sample is signed with the same one.
        if (options.Value.For(mode).WebhookSecret is not { Length: > 0 } secret)
            return new SampleSend.Refused($"No webhook secret is configured for {Name(mode)} mode, so the endpoint would refuse any {Name(mode)}-mode event.");
        if (!stripe.IsConfigured(mode))
            return new SampleSend.Refused($"No Stripe secret key is configured for {Name(mode)} mode, so nothing can be fetched from Stripe.");

        objectId = string.IsNullOrWhiteSpace(objectId) ? null : objectId.Trim();
        Built built;
        try
        {
            built = type switch
            {
                _ when type.StartsWith("checkout.session.", StringComparison.Ordinal) => await SessionAsync(mode, type, objectId, ct),
                EventTypes.RefundFailed or EventTypes.ChargeRefundUpdated => await RefundAsync(mode, type, objectId, ct),
                EventTypes.ChargeDisputeCreated or EventTypes.ChargeDisputeClosed => await DisputeAsync(mode, sample, objectId, ct),
                _ => await ChargeAsync(mode, type, objectId, ct),
            };
            if (built.Refusal is { } refusal)
                return new SampleSend.Refused(refusal);
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
            ["data"] = new JsonObject { ["object"] = built.Object },
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
        return new SampleSend.Sent(eventId, response.StatusCode, await response.Content.ReadAsStringAsync(ct), built.Note);
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

    /// <summary>charge.refunded carries the charge.</summary>
    private async Task<Built> ChargeAsync(BillingMode mode, string type, string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Built.From(new JsonObject
            {
                ["id"] = $"ch_debug_{Guid.NewGuid():n}", ["object"] = "charge", ["livemode"] = mode.IsLivemode(), ["amount"] = 500,
                ["amount_refunded"] = 500, ["refunded"] = true, ["currency"] = "usd", ["metadata"] = new JsonObject(),
            });
        }

        var found = await lookup.ChargeAsync(mode, id, type, ct);
        return found.Object is { } charge ? Built.From(Raw(charge)) : Built.Refuse(found.Refusal!);
    }

    /// <summary>
    /// refund.failed and charge.refund.updated carry the refund. SpriteDX asks Stripe where a refund stands whatever an
    /// event says, so a refund Stripe still holds as standing restores nothing: the note says so.
    /// </summary>
    private async Task<Built> RefundAsync(BillingMode mode, string type, string? id, CancellationToken ct)
    {
        if (id is null)
        {
            return Built.From(new JsonObject
            {
                ["id"] = $"re_debug_{Guid.NewGuid():n}", ["object"] = "refund", ["amount"] = 500, ["currency"] = "usd",
                ["charge"] = $"ch_debug_{Guid.NewGuid():n}", ["status"] = "failed", ["failure_reason"] = "expired_or_canceled_card", ["metadata"] = new JsonObject(),
            });
        }

        var found = await lookup.RefundAsync(mode, id, type, ct);
        if (found.Object is not { } refund)
            return Built.Refuse(found.Refusal!);
        return Built.From(Raw(refund)) with
        {
            Note = refund.Status is "failed" or "canceled" ? null
                : $"Stripe says refund {refund.Id} is {refund.Status}, and SpriteDX acts on what Stripe says, so nothing is restored until it really fails (on the emulator: Fail refund).",
        };
    }

    /// <summary>charge.dispute.created and .closed carry the dispute: one Stripe has (dp_…), or the sample dispute of a charge.</summary>
    private async Task<Built> DisputeAsync(BillingMode mode, SampleEvent sample, string? id, CancellationToken ct)
    {
        JsonObject dispute;
        if (id is not null && id.StartsWith("dp_", StringComparison.Ordinal) && !id.StartsWith(DebugDisputePrefix, StringComparison.Ordinal))
        {
            dispute = Raw(await stripe.For(mode).V1.Disputes.GetAsync(id, cancellationToken: ct));
        }
        else
        {
            var charge = await ChargeAsync(mode, sample.Type, id?.StartsWith(DebugDisputePrefix, StringComparison.Ordinal) == true ? id[DebugDisputePrefix.Length..] : id, ct);
            if (charge.Refusal is not null)
                return charge;
            dispute = new JsonObject
            {
                ["id"] = DebugDisputePrefix + (string?)charge.Object!["id"], ["object"] = "dispute", ["livemode"] = mode.IsLivemode(),
                ["amount"] = charge.Object["amount"]?.DeepClone(), ["currency"] = charge.Object["currency"]?.DeepClone(), ["charge"] = charge.Object["id"]?.DeepClone(),
                ["payment_intent"] = charge.Object["payment_intent"]?.DeepClone(), ["reason"] = "fraudulent", ["status"] = "needs_response",
                ["created"] = clock.GetUtcNow().ToUnixTimeSeconds(), ["metadata"] = new JsonObject(),
            };
        }

        if (sample.DisputeOutcome is { } outcome)
            dispute["status"] = outcome;
        return Built.From(dispute);
    }

    /// <summary>The object exactly as Stripe answered it.</summary>
    private static JsonObject Raw(IStripeEntity entity) => JsonNode.Parse(entity.StripeResponse.Content)!.AsObject();

    private static string Name(BillingMode mode) => mode.ToString().ToLowerInvariant();

    private sealed record Built(JsonObject? Object, string? Refusal, string? Note = null)
    {
        public static Built From(JsonObject dataObject) => new(dataObject, null);

        public static Built Refuse(string reason) => new(null, reason);
    }
}
