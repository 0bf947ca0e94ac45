using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.BuildingBlocks.Data;

public static class ModuleDbContextConventions
{
    /// <summary>
    /// What every module's model shares: its schema (ignored by SQLite, one per module on PostgreSQL),
    /// and its own outbox and inbox tables.
    /// </summary>
    public static ModelBuilder ApplyModuleConventions(this ModelBuilder model, DbContext context, string schema)
    {
        if (!context.Database.IsSqlite())
            model.HasDefaultSchema(schema);

        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Ignore(m => m.Name);
            outbox.HasIndex(m => new { m.PublishedAt, m.DeadLetteredAt, m.NextAttemptAt });
        });

        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(200);
        });
        return model;
    }

    /// <summary>Stores every DateTimeOffset as UTC ticks on SQLite, where text dates cannot be compared.</summary>
    public static void ApplyModuleConventions(this ModelConfigurationBuilder configuration, DbContext context)
    {
        if (context.Database.IsSqlite())
        {
            configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configuration.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
    }
}
