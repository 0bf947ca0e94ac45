using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Admin.Contracts;

/// <summary>An admin granted (positive) or took back (negative) credits, with a reason.</summary>
public sealed record CreditsAdjustedByAdmin(
    Guid MessageId, DateTimeOffset OccurredAt, Guid AdjustmentId, Guid AccountId, long Amount, string Reason, Guid AdminId, string AdminEmail) : IIntegrationEvent;
