using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>The account signed in or used SpriteDX; published at sign-in and at most every few minutes while active.</summary>
public sealed record AccountSeen(Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId) : IIntegrationEvent;
