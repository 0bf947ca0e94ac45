using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>A new account exists; published exactly once per account.</summary>
public sealed record AccountRegistered(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid AccountId,
    string Email,
    bool IsAdmin,
    bool HasEarlyAccess) : IIntegrationEvent;
