namespace SpriteDX.Modules.Credits.Domain;

/// <summary>A generation's cost, taken from the balance until the generation is settled.</summary>
internal sealed class Reservation
{
    public Guid GenerationId { get; init; }

    public Guid AccountId { get; init; }

    public int Amount { get; init; }

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
