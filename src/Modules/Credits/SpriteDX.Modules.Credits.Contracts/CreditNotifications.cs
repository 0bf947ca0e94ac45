using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Credits.Contracts;

/// <summary>A generation's cost is set aside; the balance already shows it.</summary>
public sealed record CreditsReserved(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Amount, long BalanceAfter) : IIntegrationEvent;

/// <summary>Not enough credits for a generation; nothing was taken.</summary>
public sealed record CreditReservationRejected(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Requested, long Available) : IIntegrationEvent;

/// <summary>A reservation was given back (the generation failed or took too long).</summary>
public sealed record CreditsReleased(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Amount, string Reason) : IIntegrationEvent;

/// <summary>An account's balance moved; carries the new balance and what is still owed.</summary>
public sealed record CreditBalanceChanged(
    Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, long Delta, long Balance, long Owed, string Kind, string Description) : IIntegrationEvent;
