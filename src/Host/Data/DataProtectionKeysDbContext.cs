using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Host.Data;

/// <summary>
/// The keys behind sign-in cookies and antiforgery tokens, shared by every host on PostgreSQL so a
/// person can land on any instance. On SQLite they stay in files in the data directory.
/// </summary>
internal sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "dataprotection";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
    }
}

internal sealed class DataProtectionKeysDesignTimeFactory()
    : ModuleDesignTimeFactory<DataProtectionKeysDbContext>(DataProtectionKeysDbContext.SchemaName, options => new DataProtectionKeysDbContext(options));
