using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>The base of a module's own DbContext: its outbox, its inbox, and its tables in the schema named after the module.</summary>
public abstract class ModuleDbContext(DbContextOptions options, string module) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyModuleConventions(this, schema: module);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyModuleConventions(this);
}
