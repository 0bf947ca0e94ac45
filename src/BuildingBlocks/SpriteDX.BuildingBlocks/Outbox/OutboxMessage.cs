using System.Text.Json;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>A notification written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>"Namespace.Type, Assembly": enough to find the contract again, without a version.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; internal set; }

    public int Attempts { get; internal set; }

    public DateTimeOffset? NextAttemptAt { get; internal set; }

    public string? LastError { get; internal set; }

    public DateTimeOffset? DeadLetteredAt { get; internal set; }

    public DateTimeOffset? DismissedAt { get; internal set; }

    public DateTimeOffset? LockedUntil { get; internal set; }

    public static OutboxMessage From(IIntegrationEvent notification)
    {
        var type = notification.GetType();
        return new OutboxMessage
        {
            Id = notification.MessageId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(notification, type, Json),
            OccurredAt = notification.OccurredAt,
        };
    }

    public IIntegrationEvent ToNotification()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return (IIntegrationEvent)JsonSerializer.Deserialize(Payload, type, Json)!;
    }

    /// <summary>The short contract name, for people reading dead letters.</summary>
    public string Name => Type.Split(',')[0].Split('.')[^1];
}
