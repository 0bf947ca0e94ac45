using SpriteDX.BuildingBlocks.Domain;

namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// A buyer's request to refund their purchase from its receipt, one row per purchase: its credits are held by Credits
/// (Holding), then Stripe is asked (Requested), and Stripe's events settle it (Refunded, or Failed). A failed request
/// may be made again (the next attempt, a new idempotency key); Stripe has the last word either way, so a refund
/// reported after a request was given up (an outage that hid Stripe's answer) still marks it refunded, and a
/// refund that fails after succeeding marks it failed.
/// </summary>
internal sealed class RefundRequest
{
    public static readonly TransitionTable<RefundRequestStatus, RefundRequestTransition> Transitions = new("refund request")
    {
        { RefundRequestTransition.Retry, [RefundRequestStatus.Failed], RefundRequestStatus.Holding },
        { RefundRequestTransition.Submit, [RefundRequestStatus.Holding], RefundRequestStatus.Requested },
        { RefundRequestTransition.Complete, [RefundRequestStatus.Holding, RefundRequestStatus.Requested, RefundRequestStatus.Failed], RefundRequestStatus.Refunded },
        { RefundRequestTransition.Fail, [RefundRequestStatus.Holding, RefundRequestStatus.Requested, RefundRequestStatus.Refunded], RefundRequestStatus.Failed },
    };

    public Guid PurchaseId { get; init; }

    public Guid AccountId { get; init; }

    /// <summary>1 for the first request, one more for each request after a failed one; part of Stripe's idempotency key.</summary>
    public int Attempt { get; set; }

    public RefundRequestStatus Status { get; set; }

    /// <summary>Stripe's refund (re_…), once Stripe answered.</summary>
    public string? StripeRefundId { get; set; }

    /// <summary>Why it failed, in words for the buyer.</summary>
    public string? FailureReason { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Stripe's idempotency key of this attempt: two clicks, tabs or hosts asking for the same attempt make one refund.</summary>
    public static string IdempotencyKey(Guid purchaseId, int attempt) => $"selfserve-refund-{purchaseId:N}-{attempt}";

    /// <summary>The buyer asks again after a failed request: the next attempt starts holding.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (!Transitions.Allows(Status, RefundRequestTransition.Retry))
            throw new InvalidOperationException(Transitions.Refuse(RefundRequestTransition.Retry, Status).Reason);
        Attempt++;
        (Status, StripeRefundId, FailureReason, RequestedAt, UpdatedAt) = (RefundRequestStatus.Holding, null, null, now, now);
    }

    public bool IsUnderWay => Status is RefundRequestStatus.Holding or RefundRequestStatus.Requested;
}

internal enum RefundRequestStatus
{
    /// <summary>Asked; Credits is holding the credits, Stripe not asked yet.</summary>
    Holding = 1,

    /// <summary>Stripe accepted the refund; its events settle it.</summary>
    Requested = 2,

    Refunded = 3,
    Failed = 4,
}

internal enum RefundRequestTransition
{
    /// <summary>The buyer asks again after a failed request.</summary>
    Retry,

    /// <summary>Stripe accepted the refund.</summary>
    Submit,

    /// <summary>Stripe reported the refund (charge.refunded, refund.created).</summary>
    Complete,

    /// <summary>The credits could not be held, Stripe refused or could not be reached, or the refund failed.</summary>
    Fail,
}

internal static class RefundRequestStatusNames
{
    public static string Label(this RefundRequestStatus status) => status switch
    {
        RefundRequestStatus.Holding or RefundRequestStatus.Requested => "Refund requested",
        RefundRequestStatus.Refunded => "Refunded",
        RefundRequestStatus.Failed => "Refund failed",
        _ => status.ToString(),
    };

    /// <summary>The machine name pages and tests see.</summary>
    public static string Code(this RefundRequestStatus status) => status switch
    {
        RefundRequestStatus.Holding or RefundRequestStatus.Requested => "requested",
        RefundRequestStatus.Refunded => "refunded",
        _ => "failed",
    };
}
