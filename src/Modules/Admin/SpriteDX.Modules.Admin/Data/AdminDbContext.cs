using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Data;

internal sealed class AdminDbContext(DbContextOptions<AdminDbContext> options) : ModuleDbContext(options, AdminModule.ModuleName)
{
    public DbSet<AccountOverview> Accounts => Set<AccountOverview>();

    public DbSet<LedgerLine> Ledger => Set<LedgerLine>();

    public DbSet<PurchaseLine> Purchases => Set<PurchaseLine>();

    public DbSet<GenerationLine> Generations => Set<GenerationLine>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public async Task<AccountOverview> FindOrOpenAccountAsync(Guid accountId, DateTimeOffset heardAt, CancellationToken cancellationToken) =>
        await Accounts.FindAsync([accountId], cancellationToken) ?? Accounts.Add(AccountOverview.Open(accountId, heardAt)).Entity;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The audit log is append-only: a bug that edits or deletes an entry fails loudly instead.
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only.");
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<AccountOverview>(account =>
        {
            account.ToTable("accounts");
            account.HasKey(a => a.AccountId);
            account.Property(a => a.Email).HasMaxLength(256);
            account.Property(a => a.EmailKey).HasMaxLength(256);
            // One index per sort order of the list; the email key breaks ties, so each is a keyset.
            account.HasIndex(a => new { a.IsRegistered, a.CreatedAt, a.EmailKey });
            account.HasIndex(a => new { a.IsRegistered, a.EmailKey });
            account.HasIndex(a => new { a.IsRegistered, a.Balance, a.EmailKey });
            account.HasIndex(a => new { a.IsRegistered, a.LastSeenAt, a.EmailKey });
        });

        modelBuilder.Entity<LedgerLine>(line =>
        {
            line.ToTable("ledger_lines");
            line.HasKey(l => l.Id);
            line.Property(l => l.Kind).HasMaxLength(40);
            line.Property(l => l.Description).HasMaxLength(500);
            line.HasIndex(l => l.MessageId).IsUnique();
            line.HasIndex(l => new { l.AccountId, l.At });
        });

        modelBuilder.Entity<PurchaseLine>(purchase =>
        {
            purchase.ToTable("purchase_lines");
            purchase.HasKey(p => p.PurchaseId);
            purchase.Property(p => p.PackName).HasMaxLength(100);
            purchase.Property(p => p.Currency).HasMaxLength(3);
            purchase.Ignore(p => p.Status);
            purchase.HasIndex(p => new { p.AccountId, p.CompletedAt });
        });

        modelBuilder.Entity<GenerationLine>(generation =>
        {
            generation.ToTable("generation_lines");
            generation.HasKey(g => g.GenerationId);
            generation.Property(g => g.FailureReason).HasMaxLength(500);
            generation.HasIndex(g => new { g.AccountId, g.At });
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.AdminEmail).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(60);
            entry.Property(e => e.Details).HasMaxLength(1000);
            entry.Property(e => e.Reason).HasMaxLength(200);
            entry.HasIndex(e => e.DecisionKey).IsUnique();
            entry.HasIndex(e => new { e.AccountId, e.Id });
        });
    }
}
