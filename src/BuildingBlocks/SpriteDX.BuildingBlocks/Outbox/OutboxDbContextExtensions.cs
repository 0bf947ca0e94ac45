using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Adds the notification to this module's outbox; it is stored by the same SaveChanges as the change.</summary>
    public static void Publish(this DbContext db, IIntegrationEvent notification) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(notification));
}
