using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.ApiKeys;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.Modules.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<AccountUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public DbSet<QueuedEmail> Mail => Set<QueuedEmail>();

    public DbSet<AccountSession> Sessions => Set<AccountSession>();

    public DbSet<DeletedAddress> DeletedAddresses => Set<DeletedAddress>();

    public DbSet<AddressFingerprintKey> AddressFingerprintKeys => Set<AddressFingerprintKey>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<DataExportArchive> DataExportArchives => Set<DataExportArchive>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyModuleConventions(this, schema: AccountsModule.ModuleName);
        builder.ApplyMailQueue();
        ApiKey.Configure(builder);
        DataExport.Configure(builder);
        builder.Entity<AccountUser>().HasIndex(u => u.NormalizedEmail).IsUnique();
        builder.Entity<AccountSession>(session =>
        {
            session.ToTable("account_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Device).HasMaxLength(AccountSession.MaxDeviceLength);
            session.HasIndex(s => s.AccountId);
            session.HasOne<AccountUser>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DeletedAddress>(address =>
        {
            address.ToTable("deleted_addresses");
            address.HasKey(a => a.Fingerprint);
            address.Property(a => a.Fingerprint).HasMaxLength(64);
        });
        builder.Entity<AddressFingerprintKey>(key =>
        {
            key.ToTable("address_fingerprint_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyModuleConventions(this);
}
