using System.Buffers;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Webhooks;

/// <summary>
/// `POST /stripe/webhook`: verify, store, acknowledge. Processing happens in a background job, so Stripe
/// gets its 200 at once and a slow or failing reconciliation never makes it resend.
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
        HttpContext http, WebhookVerifier verifier, PaymentsDbContext db, IBackgroundJobClient jobs, TimeProvider clock, ILoggerFactory loggers,
        CancellationToken ct)
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
                if (await RecordAsync(db, stripeEvent, json, clock.GetUtcNow(), ct) is { ProcessedAt: null })
                    jobs.Enqueue<WebhookReconciliation>(job => job.ReconcileAsync(stripeEvent.Id, CancellationToken.None));
                return Results.Ok(new { received = true });
            default:
                throw new InvalidOperationException("Unknown webhook verification outcome.");
        }
    }

    /// <summary>
    /// The stored event: new, or the one stored by an earlier delivery. A redelivery of a processed event is
    /// acknowledged and ignored; one still unprocessed is queued again (its earlier job may have been lost).
    /// </summary>
    private static async Task<WebhookEvent> RecordAsync(PaymentsDbContext db, Event stripeEvent, string json, DateTimeOffset now, CancellationToken ct)
    {
        if (await StoredAsync(db, stripeEvent.Id, ct) is { } stored)
            return await CountRedeliveryAsync(db, stored, ct);
        var received = new WebhookEvent
        {
            Id = stripeEvent.Id, Type = stripeEvent.Type, Livemode = stripeEvent.Livemode,
            ObjectId = (stripeEvent.Data?.Object as IHasId)?.Id, Payload = json, ReceivedAt = now,
        };
        db.WebhookEvents.Add(received);
        try
        {
            await db.SaveChangesAsync(ct);
            return received;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // the same event delivered twice at once: the other request stored it
            var other = await StoredAsync(db, stripeEvent.Id, ct) ?? throw new InvalidOperationException($"Webhook event {stripeEvent.Id} could not be stored.");
            return await CountRedeliveryAsync(db, other, ct);
        }
    }

    /// <summary>Kept so the admin page can show duplicates; the redelivery itself changes nothing else.</summary>
    private static async Task<WebhookEvent> CountRedeliveryAsync(PaymentsDbContext db, WebhookEvent stored, CancellationToken ct)
    {
        await db.WebhookEvents.Where(e => e.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Deliveries, e => e.Deliveries + 1), ct);
        return stored;
    }

    private static Task<WebhookEvent?> StoredAsync(PaymentsDbContext db, string eventId, CancellationToken ct) =>
        db.WebhookEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);

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
