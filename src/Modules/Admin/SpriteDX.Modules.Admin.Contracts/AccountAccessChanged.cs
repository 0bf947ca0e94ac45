using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Admin.Contracts;

/// <summary>
/// An admin turned one access flag of an account on or off, with a reason; Accounts applies it, so it
/// takes effect on the account's next request. <see cref="Flag"/> is "early_access", "suspended" or "admin".
/// </summary>
public sealed record AccountAccessChanged(
    Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, string Flag, bool Value, string Reason, Guid AdminId, string AdminEmail)
    : IIntegrationEvent;
