using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.SpendByKey;

namespace SpriteDX.Modules.Credits.Data;

internal sealed class CreditsDbContext(DbContextOptions<CreditsDbContext> options) : ModuleDbContext(options, CreditsModule.ModuleName)
{
    public DbSet<CreditAccount> Accounts => Set<CreditAccount>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    public DbSet<DailySpend> DailySpending => Set<DailySpend>();

    public DbSet<RefundHold> RefundHolds => Set<RefundHold>();

    public DbSet<ApiKeySpend> ApiKeySpends => Set<ApiKeySpend>();

    public DbSet<LowBalanceAlert> LowBalanceAlerts => Set<LowBalanceAlert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<CreditAccount>(account =>
        {
            account.ToTable("credit_accounts", t =>
            {
                t.HasCheckConstraint("CK_credit_accounts_balance_not_negative", "\"Balance\" >= 0");
                t.HasCheckConstraint("CK_credit_accounts_test_balance_within_balance", "\"TestBalance\" >= 0 AND \"TestBalance\" <= \"Balance\"");
            });
            account.HasKey(a => a.AccountId);
        });

        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedOnAdd();
            entry.Property(e => e.Description).HasMaxLength(300);
            entry.Property(e => e.SourceType).HasMaxLength(40);
            entry.Property(e => e.SourceId).HasMaxLength(100);
            entry.HasIndex(e => new { e.SourceType, e.SourceId, e.Kind }).IsUnique(); // one source moves credits once
            entry.HasIndex(e => new { e.AccountId, e.Id }).IsDescending(false, true);  // keyset paging, newest first
        });

        modelBuilder.Entity<DailySpend>(spend =>
        {
            spend.ToTable("daily_spend");
            spend.HasKey(d => new { d.AccountId, d.Day });
        });

        modelBuilder.Entity<Reservation>(reservation =>
        {
            reservation.ToTable("reservations");
            reservation.HasKey(r => r.GenerationId);
            reservation.HasIndex(r => new { r.Status, r.ReservedAt });
        });

        modelBuilder.Entity<RefundHold>(hold =>
        {
            hold.ToTable("refund_holds");
            hold.HasKey(h => new { h.PurchaseId, h.Attempt });
            hold.HasIndex(h => new { h.AccountId, h.Status });
        });

        modelBuilder.Entity<LowBalanceAlert>(alert =>
        {
            alert.ToTable("low_balance_alerts", t => t.HasCheckConstraint("CK_low_balance_alerts_threshold_positive", "\"Threshold\" > 0"));
            alert.HasKey(a => a.AccountId);
            alert.Ignore(a => a.IsBelow);
        });

        ApiKeySpend.Configure(modelBuilder);
    }
}
