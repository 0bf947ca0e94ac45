using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Credits.Contracts;

/// <summary>A generation's cost is set aside; the balance already shows it.</summary>
public sealed record CreditsReserved(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Amount, long BalanceAfter) : IIntegrationEvent;

/// <summary>Not enough credits for a generation; nothing was taken.</summary>
public sealed record CreditReservationRejected(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Requested, long Available) : IIntegrationEvent;

/// <summary>A reservation was given back (the generation failed or took too long).</summary>
public sealed record CreditsReleased(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Amount, string Reason) : IIntegrationEvent;

/// <summary>
/// An account's balance moved; carries the new balance, what is still owed, and the test credits the balance
/// includes (bought in Stripe's test environment). <paramref name="TestDelta"/> is the part of <paramref name="Delta"/>
/// that moved test credits (same sign, a spend in test mode included), and <paramref name="TestMoney"/> says the movement is
/// about a test purchase's money (bought, refunded, disputed, removed), even when it moved none. The three are 0 and false in
/// payloads stored before test credits were kept apart. <paramref name="BalanceVersion"/> counts the account's balance
/// changes (1 for the first): it orders the announcements as the changes were committed, which <paramref name="OccurredAt"/>
/// cannot (a movement reads the clock before it waits for a concurrent one's lock); 0 in payloads stored before it existed.
/// </summary>
public sealed record CreditBalanceChanged(
    Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, long Delta, long Balance, long Owed, string Kind, string Description, long TestBalance = 0,
    long TestDelta = 0, bool TestMoney = false, long BalanceVersion = 0)
    : IIntegrationEvent
{
    /// <summary>
    /// Whether this balance replaces one recorded from the announcement of <paramref name="version"/> at <paramref name="at"/>:
    /// a higher version wins; an announcement without one only replaces another without one, and only a newer one.
    /// BalanceCopies.SupersededBy (BuildingBlocks) states the same rule as a query; change both together.
    /// </summary>
    public bool Supersedes(long version, DateTimeOffset? at) =>
        BalanceVersion > 0 ? BalanceVersion > version : version == 0 && !(at > OccurredAt);
}

/// <summary>A purchase's credits are held for its buyer's refund request (out of the balance, not yet taken back).</summary>
public sealed record RefundCreditsHeld(Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, int Attempt, int Credits) : IIntegrationEvent;

/// <summary>A refund request's credits could not be held: some were spent (<paramref name="Available"/> is what the balance holds of that mode).</summary>
public sealed record RefundHoldRefused(Guid MessageId, DateTimeOffset OccurredAt, Guid PurchaseId, Guid AccountId, int Attempt, long Available) : IIntegrationEvent;

/// <summary>
/// The balance fell below the low-balance alert the person set (<paramref name="Threshold"/>); announced once per
/// crossing, so whoever tells the person (an e-mail) tells them once.
/// </summary>
public sealed record LowBalanceCrossed(Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, long Balance, long Threshold) : IIntegrationEvent;
