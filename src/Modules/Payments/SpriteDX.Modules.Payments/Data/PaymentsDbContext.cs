using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Data;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options, PaymentsModule.ModuleName)
{
    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<PurchaseAdjustment> Adjustments => Set<PurchaseAdjustment>();

    public DbSet<BillingAccount> BillingAccounts => Set<BillingAccount>();

    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();

    /// <summary>Receipts and refund and dispute notices waiting to be sent (ADR 9).</summary>
    public DbSet<QueuedEmail> Mail => Set<QueuedEmail>();

    public DbSet<RefundRequest> RefundRequests => Set<RefundRequest>();

    public DbSet<StripeCustomer> Customers => Set<StripeCustomer>();

    public DbSet<AutoTopUp> AutoTopUps => Set<AutoTopUp>();

    public DbSet<TopUp> TopUps => Set<TopUp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyMailQueue();

        modelBuilder.Entity<Purchase>(purchase =>
        {
            purchase.ToTable("purchases");
            purchase.HasKey(p => p.Id);
            purchase.Property(p => p.PackId).HasMaxLength(40);
            purchase.Property(p => p.PackName).HasMaxLength(100);
            purchase.Property(p => p.Currency).HasMaxLength(3);
            purchase.Property(p => p.CheckoutSessionId).HasMaxLength(255);
            purchase.Property(p => p.CheckoutUrl).HasMaxLength(2000);
            purchase.Property(p => p.PaymentIntentId).HasMaxLength(255);
            purchase.Property(p => p.ChargeId).HasMaxLength(255);
            purchase.Property(p => p.PaymentMethod).HasMaxLength(100);
            purchase.Property(p => p.StripeReceiptUrl).HasMaxLength(2000);
            purchase.Property(p => p.Version).IsConcurrencyToken();
            purchase.Ignore(p => p.Amount);
            purchase.HasIndex(p => new { p.AccountId, p.CheckoutKey }).IsUnique(); // one form submission, one purchase
            purchase.HasIndex(p => p.CheckoutSessionId).IsUnique();
            purchase.HasIndex(p => p.PaymentIntentId);
            purchase.HasIndex(p => new { p.AccountId, p.CreatedAt }).IsDescending(false, true); // history, newest first
        });

        modelBuilder.Entity<PurchaseAdjustment>(adjustment =>
        {
            adjustment.ToTable("purchase_adjustments");
            adjustment.HasKey(a => a.StripeId);
            adjustment.Property(a => a.StripeId).HasMaxLength(255);
            adjustment.HasOne<Purchase>().WithMany().HasForeignKey(a => a.PurchaseId);
        });

        modelBuilder.Entity<BillingAccount>(account =>
        {
            account.ToTable("billing_accounts");
            account.HasKey(a => a.AccountId);
            account.Property(a => a.Email).HasMaxLength(256);
        });

        modelBuilder.Entity<StripeCustomer>(customer =>
        {
            customer.ToTable("stripe_customers");
            customer.HasKey(c => new { c.AccountId, c.Mode }); // one customer per account and mode, however many checkouts race
            customer.Property(c => c.CustomerId).HasMaxLength(255);
            customer.HasIndex(c => c.CustomerId).IsUnique();
        });

        modelBuilder.Entity<AutoTopUp>(settings =>
        {
            settings.ToTable("auto_top_ups");
            settings.HasKey(a => a.AccountId);
            settings.Property(a => a.PackId).HasMaxLength(40);
            settings.Property(a => a.CapReachedMonth).HasMaxLength(7);
            settings.Property(a => a.TurnedOffReason).HasMaxLength(500);
        });

        modelBuilder.Entity<TopUp>(topUp =>
        {
            topUp.ToTable("top_ups");
            topUp.HasKey(t => t.Id);
            topUp.Property(t => t.CustomerId).HasMaxLength(255);
            topUp.Property(t => t.PaymentMethodId).HasMaxLength(255);
            topUp.Property(t => t.PaymentIntentId).HasMaxLength(255);
            topUp.Property(t => t.Currency).HasMaxLength(3);
            topUp.Property(t => t.FailureCode).HasMaxLength(100);
            topUp.Property(t => t.FailureMessage).HasMaxLength(500);
            topUp.Ignore(t => t.Outcome);
            topUp.HasOne<Purchase>().WithOne().HasForeignKey<TopUp>(t => t.PurchaseId);
            topUp.HasIndex(t => new { t.AccountId, t.CreatedAt }); // the month's total for the cap, the admin list
            topUp.HasIndex(t => t.SettledAt); // the sweep's "still charging"
        });

        modelBuilder.Entity<RefundRequest>(request =>
        {
            request.ToTable("refund_requests");
            request.HasKey(r => r.PurchaseId); // one request per purchase: two clicks, tabs or hosts cannot start two
            request.Property(r => r.Attempt).IsConcurrencyToken();
            request.Property(r => r.StripeRefundId).HasMaxLength(255);
            request.Property(r => r.FailureReason).HasMaxLength(500);
            request.HasOne<Purchase>().WithOne().HasForeignKey<RefundRequest>(r => r.PurchaseId);
        });

        modelBuilder.Entity<WebhookEvent>(webhook =>
        {
            webhook.ToTable("webhook_events");
            webhook.HasKey(e => e.Id);
            webhook.Property(e => e.Id).HasMaxLength(255);
            webhook.Property(e => e.Type).HasMaxLength(100);
            webhook.Property(e => e.ObjectId).HasMaxLength(255);
            webhook.Property(e => e.OutcomeDetail).HasMaxLength(1000);
            webhook.Property(e => e.LastError).HasMaxLength(4000);
            webhook.HasIndex(e => new { e.ProcessedAt, e.ReceivedAt }); // the sweep's "still unprocessed, oldest first"
            webhook.HasIndex(e => new { e.ReceivedAt, e.Id }); // the admin list, newest first, keyset-paged
            webhook.HasIndex(e => new { e.Type, e.ReceivedAt }); // the same list filtered by type
            webhook.Property(e => e.Deliveries).HasDefaultValue(1);
            webhook.Ignore(e => e.Status);
        });
    }
}
