using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.Customers;

/// <summary>
/// Finds or creates an account's Stripe Customer in a mode. Two checkouts at once both ask Stripe with the same
/// idempotency key (derived from the account and mode), so Stripe answers both with one customer, and the
/// (account, mode) key of the row lets only one of them record it; the other reads it back.
/// </summary>
internal sealed class StripeCustomers(PaymentsDbContext db, StripeClients stripe, TimeProvider clock)
{
    public Task<string?> FindAsync(Guid accountId, BillingMode mode, CancellationToken ct) =>
        db.Customers.AsNoTracking().Where(c => c.AccountId == accountId && c.Mode == mode).Select(c => c.CustomerId).SingleOrDefaultAsync(ct);

    /// <summary>The customer's id; throws <see cref="StripeException"/> when Stripe cannot be asked (nothing is recorded then).</summary>
    public async Task<string> EnsureAsync(Guid accountId, BillingMode mode, CancellationToken ct)
    {
        if (await FindAsync(accountId, mode, ct) is { } known)
            return known;

        var email = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => a.Email).SingleOrDefaultAsync(ct);
        var customer = await stripe.For(mode).V1.Customers.CreateAsync(
            new CustomerCreateOptions { Email = email, Metadata = new Dictionary<string, string> { ["account_id"] = accountId.ToString() } },
            new RequestOptions { IdempotencyKey = IdempotencyKey(accountId, mode) }, ct);
        db.Customers.Add(new StripeCustomer { AccountId = accountId, Mode = mode, CustomerId = customer.Id, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return customer.Id;
        }
        catch (DbUpdateException)
        {
            // Another checkout recorded the customer first (the same one, through the same key).
            db.ChangeTracker.Clear();
            return await FindAsync(accountId, mode, ct) ?? throw new InvalidOperationException($"The Stripe customer of account {accountId} ({mode}) vanished.");
        }
    }

    public static string IdempotencyKey(Guid accountId, BillingMode mode) => $"customer-{accountId:n}-{mode.ToString().ToLowerInvariant()}";
}
