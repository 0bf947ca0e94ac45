using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, TimeProvider clock)
    : IdentityDbContext<AccountUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "accounts";

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AnnounceNewAccounts();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AnnounceNewAccounts();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // Identity's UserManager saves the new user itself; the notification rides on that same save,
    // so an account and its AccountRegistered exist together or not at all.
    private void AnnounceNewAccounts()
    {
        var created = ChangeTracker.Entries<AccountUser>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var user in created)
            this.Publish(new AccountRegistered(Guid.NewGuid(), clock.GetUtcNow(), user.Id, user.Email!, user.IsAdmin, user.HasEarlyAccess));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyModuleConventions(this, Schema);
        builder.Entity<AccountUser>().HasIndex(u => u.NormalizedEmail).IsUnique();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyModuleConventions(this);
}
