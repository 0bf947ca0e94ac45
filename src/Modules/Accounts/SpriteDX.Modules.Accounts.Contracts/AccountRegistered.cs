using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>
/// A new account exists; published exactly once per account. <paramref name="AddressUsedBefore"/>: an account with this
/// e-mail address was deleted before, so the sign-up bonus (once per address) is not granted again.
/// </summary>
public sealed record AccountRegistered(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    Guid AccountId,
    string Email,
    bool IsAdmin,
    bool HasEarlyAccess,
    bool AddressUsedBefore = false) : IIntegrationEvent;
