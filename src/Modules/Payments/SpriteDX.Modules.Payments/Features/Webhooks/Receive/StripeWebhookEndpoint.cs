using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

/// <summary>
/// `POST /stripe/webhook`: verify, store, acknowledge. Processing happens in a background job, so Stripe
/// gets its 200 as soon as the receipt is stored, and a slow or failing reconciliation never makes it resend.
/// </summary>
internal static class StripeWebhookEndpoint
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Per client address (`Payments:WebhooksPerMinute`): a flood of forged events cannot hog the database; Stripe retries a 429.</summary>
    public const string RateLimitPolicy = "stripe-webhooks";

    private static readonly IResult Acknowledged = Results.Ok(new { received = true });

    public static void MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/stripe/webhook", ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .WithName("StripeWebhook");

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, WebhookVerifier verifier, WebhookReceiptWriter receipts, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
            return TooLarge();
        var body = http.Request.BodyReader;
        // Read no further than one byte past the limit: a body without a length cannot make the server buffer more.
        var read = await body.ReadAtLeastAsync(MaxBodyBytes + 1, ct);
        WebhookReceipt receipt;
        try
        {
            if (read.Buffer.Length > MaxBodyBytes)
                return TooLarge();
            switch (Verify(verifier, read.Buffer, http.Request.Headers["Stripe-Signature"].FirstOrDefault()))
            {
                case WebhookVerification.Refused refused:
                    // Worth an operator's eye: a wrong webhook secret refuses every real event too.
                    loggers.CreateLogger(typeof(StripeWebhookEndpoint)).LogWarning("Refused a Stripe webhook: {Reason}", refused.Reason);
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Webhook refused", detail: refused.Reason);
                case WebhookVerification.Verified { Event: var envelope }:
                    receipt = new WebhookReceipt(envelope, Encoding.UTF8.GetString(read.Buffer), clock.GetUtcNow());
                    break;
                default:
                    throw new InvalidOperationException("Unknown webhook verification outcome.");
            }
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }

        await receipts.StoreAsync(receipt);
        return Acknowledged;
    }

    /// <summary>Kestrel usually hands a small body over in one segment; a longer one is copied once into a pooled buffer.</summary>
    private static WebhookVerification Verify(WebhookVerifier verifier, ReadOnlySequence<byte> body, string? signature)
    {
        if (body.IsSingleSegment)
            return verifier.Verify(body.FirstSpan, signature);
        var buffer = ArrayPool<byte>.Shared.Rent((int)body.Length);
        try
        {
            body.CopyTo(buffer);
            return verifier.Verify(buffer.AsSpan(0, (int)body.Length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Webhook body too large",
            detail: $"Stripe events are far smaller than {MaxBodyBytes / 1024} KB.");
}
