using SpriteDX.BuildingBlocks.Domain;

namespace SpriteDX.Modules.Credits.Domain;

/// <summary>A generation's cost, taken from the balance until the generation is settled.</summary>
internal sealed class Reservation
{
    /// <summary>
    /// A reservation is settled once: a late success and a timeout cannot both settle it, because
    /// ReservationSettlement claims the row with a conditional UPDATE built from this table.
    /// </summary>
    public static readonly TransitionTable<ReservationStatus, ReservationTransition> Transitions = new("reservation")
    {
        { ReservationTransition.Capture, [ReservationStatus.Reserved], ReservationStatus.Captured },
        { ReservationTransition.Release, [ReservationStatus.Reserved], ReservationStatus.Released },
    };

    public Guid GenerationId { get; init; }

    public Guid AccountId { get; init; }

    public int Amount { get; init; }

    /// <summary>The part of <see cref="Amount"/> taken from test credits; a release gives back the same split.</summary>
    public int TestAmount { get; init; }

    public ReservationStatus Status { get; init; }

    public DateTimeOffset ReservedAt { get; init; }

    public DateTimeOffset? SettledAt { get; init; }
}

internal enum ReservationStatus
{
    Reserved = 1,
    Captured = 2,
    Released = 3,
}

internal enum ReservationTransition
{
    /// <summary>The sprite was delivered: the reserved credits are spent.</summary>
    Capture,

    /// <summary>The generation failed or timed out: the reserved credits go back.</summary>
    Release,
}
