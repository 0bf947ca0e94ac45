using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>The account confirmed a new e-mail address, which is now its address and its sign-in name.</summary>
public sealed record AccountEmailChanged(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid AccountId,
    string PreviousEmail,
    string Email) : IIntegrationEvent;
