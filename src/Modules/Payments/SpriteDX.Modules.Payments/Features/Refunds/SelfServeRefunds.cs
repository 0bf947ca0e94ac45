using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Refunds;

/// <summary>What a buyer's refund request got: started (the credits are held, Stripe asked), or refused with the reason.</summary>
internal abstract record RefundRequestAnswer
{
    private RefundRequestAnswer()
    {
    }

    public sealed record Started(RefundRequest Request) : RefundRequestAnswer;

    public sealed record Refused(string Reason) : RefundRequestAnswer;

    public sealed record NotFound : RefundRequestAnswer;
}

/// <summary>A buyer's purchase, its refund request if any, and why it cannot be refunded now (null: it can).</summary>
internal sealed record RefundStanding(Purchase Purchase, RefundRequest? Request, string? Unavailable);

/// <summary>
/// Refunds a buyer asks for on a receipt. The request is one row per purchase (a second click, tab or host loses on the
/// key or on the attempt it read), written with PurchaseRefundRequested; Credits holds the credits at once (or refuses:
/// some were spent) and only then is Stripe asked, through the Refunds API with an idempotency key of the purchase and
/// attempt. Stripe's events settle it through the ordinary refund path (<see cref="Adjustments.PurchaseAdjustments"/>),
/// which takes the hold as the claw-back; a refusal, a Stripe error or an outage ends the request as failed and releases
/// the hold, and the buyer may ask again.
/// </summary>
internal sealed class SelfServeRefunds(
    PaymentsDbContext db, StripeClients stripe, IOptions<PaymentsOptions> options, TimeProvider clock, ILogger<SelfServeRefunds> logger)
{
    public const string StripeUnreachable = "Stripe could not be reached, so nothing was refunded and your credits are available again. Please try again later.";

    /// <summary>Why this purchase cannot be refunded by its buyer now, or null when it can.</summary>
    public string? WhyNot(Purchase purchase, RefundRequest? request, BillingAccount? account)
    {
        var days = options.Value.SelfServeRefundDays;
        if (days == 0)
            return "Refunds from a receipt are turned off; please contact support.";
        if (request?.IsUnderWay == true)
            return "A refund of this purchase is already under way.";
        if (request?.Status == RefundRequestStatus.Refunded || purchase.Status != PurchaseStatus.Paid)
            return purchase.WasPaid ? $"This purchase is {purchase.Status.Label().ToLowerInvariant()}, so it cannot be refunded here." : "This purchase was never paid.";
        if (purchase.Mode == BillingMode.Test && account?.Mode != BillingMode.Test)
            return "This was a test purchase and the account has left test mode: its test credits were removed, so there is nothing to refund.";
        if (purchase.PaidAt!.Value.AddDays(days) < clock.GetUtcNow())
            return $"Purchases can be refunded here within {days} days of payment; this one was paid on {purchase.PaidAt:MMM d, yyyy}.";
        if (account?.BalanceAt is not null)
        {
            var (unspent, kind) = purchase.Mode == BillingMode.Test ? (account.TestBalance, "test credits") : (account.Balance - account.TestBalance, "credits");
            if (unspent < purchase.Credits)
                return $"Some of this purchase's credits have been spent (you hold {unspent:N0} {kind}; it added {purchase.Credits:N0}). Only an unspent purchase can be refunded here.";
        }

        return null;
    }

    /// <summary>Where the buyer's purchase stands for a refund; null when it is not theirs (or does not exist).</summary>
    public Task<RefundStanding?> StandingAsync(Guid purchaseId, Guid accountId, CancellationToken ct) => StandingAsync(purchaseId, accountId, trackRequest: false, ct);

    public async Task<RefundRequestAnswer> RequestAsync(Guid purchaseId, Guid accountId, CancellationToken ct)
    {
        // Tracked, and the attempt is a concurrency token: a concurrent retry makes the save below fail.
        if (await StandingAsync(purchaseId, accountId, trackRequest: true, ct) is not { } standing)
            return new RefundRequestAnswer.NotFound();
        var (purchase, request, unavailable) = standing;
        if (unavailable is not null)
            return new RefundRequestAnswer.Refused(unavailable);

        var now = clock.GetUtcNow();
        if (request is null)
        {
            db.RefundRequests.Add(request = new RefundRequest
            {
                PurchaseId = purchaseId, AccountId = accountId, Attempt = 1, Status = RefundRequestStatus.Holding, RequestedAt = now, UpdatedAt = now,
            });
        }
        else
        {
            request.Retry(now);
        }

        db.Outbox.Add(new PurchaseRefundRequested(Guid.NewGuid(), now, purchaseId, accountId, request.Attempt, purchase.Credits, purchase.Mode.IsLivemode()));
        try
        {
            await db.SaveAndPublishAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new RefundRequestAnswer.Refused("A refund of this purchase is already under way.");
        }

        // Credits and Stripe have answered in-process by now (unless a handler failed and is retried): read where it stands.
        return new RefundRequestAnswer.Started(await db.RefundRequests.AsNoTracking().SingleAsync(r => r.PurchaseId == purchaseId, ct));
    }

    private async Task<RefundStanding?> StandingAsync(Guid purchaseId, Guid accountId, bool trackRequest, CancellationToken ct)
    {
        var purchase = await db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == purchaseId && p.AccountId == accountId, ct);
        if (purchase is null)
            return null;
        var requests = trackRequest ? db.RefundRequests : db.RefundRequests.AsNoTracking();
        var request = await requests.SingleOrDefaultAsync(r => r.PurchaseId == purchaseId, ct);
        var account = await db.BillingAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        return new RefundStanding(purchase, request, WhyNot(purchase, request, account));
    }

    /// <summary>The credits are held: Stripe is asked for the refund. A redelivery asks again with the same idempotency key, so Stripe refunds once.</summary>
    public async Task SubmitAsync(Guid purchaseId, int attempt, CancellationToken ct)
    {
        var request = await db.RefundRequests.AsNoTracking().SingleOrDefaultAsync(r => r.PurchaseId == purchaseId, ct);
        if (request is null || request.Attempt != attempt || request.Status != RefundRequestStatus.Holding)
            return;
        var purchase = await db.Purchases.AsNoTracking().SingleAsync(p => p.Id == purchaseId, ct);
        if (purchase.PaymentIntentId is null)
        {
            await FailAsync(purchaseId, attempt, "Stripe has no payment for this purchase to refund.", ct);
            return;
        }

        Refund refund;
        try
        {
            refund = await stripe.For(purchase.Mode).V1.Refunds.CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = purchase.PaymentIntentId,
                    Reason = "requested_by_customer",
                    Metadata = new Dictionary<string, string> { ["purchase_id"] = purchaseId.ToString(), ["refund_attempt"] = attempt.ToString() },
                },
                new RequestOptions { IdempotencyKey = RefundRequest.IdempotencyKey(purchaseId, attempt) },
                ct);
        }
        catch (Exception ex) when (ex is StripeException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Stripe.net has already retried what it may; an answer of ours is better than a request left hanging.
            logger.LogWarning(ex, "Stripe refused or did not answer the refund of purchase {PurchaseId} (attempt {Attempt})", purchaseId, attempt);
            await FailAsync(purchaseId, attempt, WhyStripeRefused(ex), ct);
            return;
        }

        if (refund.Status is "failed" or "canceled")
        {
            await FailAsync(purchaseId, attempt, $"Stripe could not return the money ({refund.FailureReason ?? refund.Status}).", ct);
            return;
        }

        // Its events may already have completed it; then this changes nothing.
        var now = clock.GetUtcNow();
        await db.RefundRequests
            .Where(r => r.PurchaseId == purchaseId && r.Attempt == attempt)
            .Where(RefundRequest.Transitions.Guard<RefundRequest>(r => r.Status, RefundRequestTransition.Submit))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundRequestStatus.Requested).SetProperty(r => r.StripeRefundId, refund.Id).SetProperty(r => r.UpdatedAt, now), ct);
    }

    /// <summary>
    /// The request ended without a refund: marked failed with its reason and the hold released, once (the conditional
    /// UPDATE on the attempt and the states Fail may leave decides which caller does it).
    /// </summary>
    public async Task FailAsync(Guid purchaseId, int attempt, string reason, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var failed = await db.RefundRequests
            .Where(r => r.PurchaseId == purchaseId && r.Attempt == attempt)
            .Where(RefundRequest.Transitions.Guard<RefundRequest>(r => r.Status, RefundRequestTransition.Fail))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundRequestStatus.Failed).SetProperty(r => r.FailureReason, reason).SetProperty(r => r.UpdatedAt, now), ct);
        if (failed == 0)
            return;
        var accountId = await db.RefundRequests.Where(r => r.PurchaseId == purchaseId).Select(r => r.AccountId).SingleAsync(ct);
        db.Outbox.Add(new PurchaseRefundRequestFailed(Guid.NewGuid(), now, purchaseId, accountId, attempt, reason));
        await db.CommitAndPublishAsync(transaction, ct);
    }

    private static string WhyStripeRefused(Exception ex) => ex switch
    {
        StripeException { HttpStatusCode: < HttpStatusCode.InternalServerError and not 0 } stripeError =>
            $"Stripe refused the refund: {stripeError.StripeError?.Message ?? stripeError.Message}",
        _ => StripeUnreachable,
    };
}
