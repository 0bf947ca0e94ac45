using SpriteDX.BuildingBlocks.Domain;

namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// A purchase's credits held while its buyer's refund is asked of Stripe: out of the balance (so they cannot be spent),
/// not yet taken back. The refund's claw-back takes the hold; a refund that does not happen releases it.
/// </summary>
internal sealed class RefundHold
{
    /// <summary>A hold is settled once: the claw-back and a release racing each other cannot both have it.</summary>
    public static readonly TransitionTable<RefundHoldStatus, RefundHoldTransition> Transitions = new("refund hold")
    {
        { RefundHoldTransition.TakeBack, [RefundHoldStatus.Held], RefundHoldStatus.TakenBack },
        { RefundHoldTransition.Release, [RefundHoldStatus.Held], RefundHoldStatus.Released },
    };

    public Guid PurchaseId { get; init; }

    /// <summary>The buyer's request it answers (a new request after a failed one holds again).</summary>
    public int Attempt { get; init; }

    public Guid AccountId { get; init; }

    public int Credits { get; init; }

    /// <summary>The part of <see cref="Credits"/> that is test credits (a test purchase's hold holds test credits).</summary>
    public int TestCredits { get; init; }

    public RefundHoldStatus Status { get; init; }

    public DateTimeOffset HeldAt { get; init; }

    public DateTimeOffset? SettledAt { get; init; }
}

internal enum RefundHoldStatus
{
    Held = 1,
    TakenBack = 2,
    Released = 3,
}

internal enum RefundHoldTransition
{
    /// <summary>The refund went through: the held credits are its claw-back.</summary>
    TakeBack,

    /// <summary>The refund failed or was never made: the held credits come back.</summary>
    Release,
}
