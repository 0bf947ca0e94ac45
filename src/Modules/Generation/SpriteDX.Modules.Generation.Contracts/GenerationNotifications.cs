using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Generation.Contracts;

/// <summary>Someone asked for a sprite; Credits reserves its cost or rejects it.</summary>
/// <param name="ApiKeyId">The API key the request came with (null from the website), so spending can be told apart by key.</param>
/// <param name="ApiKeyName">That key's name when the request was made, for people reading their spending.</param>
public sealed record GenerationRequested(
    Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, int Cost, Guid? ApiKeyId = null, string? ApiKeyName = null) : IIntegrationEvent;

/// <summary>The sprite was delivered; its reserved credits are spent.</summary>
public sealed record GenerationSucceeded(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId) : IIntegrationEvent;

/// <summary>The sprite could not be made; a failed generation costs nothing.</summary>
public sealed record GenerationFailed(Guid MessageId, DateTimeOffset OccurredAt, Guid GenerationId, Guid AccountId, string Reason) : IIntegrationEvent;
