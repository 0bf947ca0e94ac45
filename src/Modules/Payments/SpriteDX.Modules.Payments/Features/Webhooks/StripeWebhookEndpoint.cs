using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

/// <summary>
/// `POST /stripe/webhook`: verify, store, acknowledge. Processing happens in a background job, so Stripe
/// gets its 200 as soon as the event is stored, and a slow or failing reconciliation never makes it resend.
/// </summary>
internal static class StripeWebhookEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Per client address (`Payments:WebhooksPerMinute`): a flood of forged events cannot hog the database; Stripe retries a 429.</summary>
    public const string RateLimitPolicy = "stripe-webhooks";

    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/stripe/webhook", ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("StripeWebhook");

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, WebhookVerifier verifier, WebhookInbox inbox, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        var json = await ReadBodyAsync(http.Request, ct);
        if (json is null)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Webhook body too large",
                detail: $"Stripe events are far smaller than {MaxBodyBytes / 1024} KB.");

        switch (verifier.Verify(json, http.Request.Headers["Stripe-Signature"].FirstOrDefault()))
        {
            case WebhookVerification.Refused refused:
                // Worth an operator's eye: a wrong webhook secret refuses every real event too.
                loggers.CreateLogger(typeof(StripeWebhookEndpoint)).LogWarning("Refused a Stripe webhook: {Reason}", refused.Reason);
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Webhook refused", detail: refused.Reason);
            case WebhookVerification.Verified { Event: var stripeEvent }:
                await inbox.StoreAsync(new WebhookReceipt(stripeEvent.Id, stripeEvent.Type, stripeEvent.Livemode,
                    (stripeEvent.Data?.Object as IHasId)?.Id, json, clock.GetUtcNow()));
                return Results.Ok(new { received = true });
            default:
                throw new InvalidOperationException("Unknown webhook verification outcome.");
        }
    }

    /// <summary>The body as text, or null when it is larger than Stripe ever sends (read no further than that).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length, MaxBodyBytes + 1 - length), ct)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                    return null;
            }

            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
