using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Admin.Contracts;

/// <summary>
/// An admin flagged (or unflagged) an account as a Test Billing Account: its purchases use the Stripe test
/// keys from now on. Every other account buys in live mode.
/// </summary>
public sealed record BillingModeChanged(
    Guid MessageId, DateTimeOffset OccurredAt, Guid AccountId, bool IsTestBillingAccount, Guid AdminId, string AdminEmail) : IIntegrationEvent;
