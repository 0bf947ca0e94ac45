using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>
/// The person deleted their account: every module erases or anonymises what it holds about them and keeps, under the
/// account id alone, only what the books need (ledger amounts, purchases, Stripe ids). Published once per account.
/// </summary>
public sealed record AccountDeleted(Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId) : IIntegrationEvent;
