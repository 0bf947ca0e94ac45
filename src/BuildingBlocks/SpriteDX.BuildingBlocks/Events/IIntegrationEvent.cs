using MediatR;

namespace SpriteDX.BuildingBlocks.Events;

/// <summary>A fact one module tells the others. Records in a module's Contracts implement it.</summary>
public interface IIntegrationEvent : INotification
{
    Guid MessageId { get; }

    DateTimeOffset OccurredAt { get; }
}
