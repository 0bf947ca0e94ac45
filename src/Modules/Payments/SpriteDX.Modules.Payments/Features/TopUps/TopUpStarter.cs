using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>
/// Claims the account's one top-up slot and opens the top-up and its purchase in one transaction, then leaves the
/// charge to a background job. The claim is a conditional UPDATE (slot empty, enabled, in the account's current
/// mode), so any number of generations, handlers or hosts noticing the same low balance start one top-up.
/// </summary>
internal sealed class TopUpStarter(
    PaymentsDbContext db, CreditPackCatalog packs, AutoTopUpSettings settingsStore, TopUpNotices notices, IBackgroundJobClient jobs, TimeProvider clock,
    ILogger<TopUpStarter> logger)
{
    public async Task StartAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var topUpId = Guid.NewGuid();
        var accountMode = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode).SingleOrDefaultAsync(ct)
                          ?? BillingMode.Live;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A switch of the account's mode leaves the slot unclaimable: the other mode's card is never charged.
        var claimed = await db.AutoTopUps
            .Where(a => a.AccountId == accountId && a.Enabled && a.InFlightTopUpId == null && a.Mode == accountMode)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.InFlightTopUpId, topUpId), ct);
        if (claimed == 0)
            return;

        var settings = await db.AutoTopUps.AsNoTracking().SingleAsync(a => a.AccountId == accountId, ct);
        var card = await db.Customers.AsNoTracking().Where(c => c.AccountId == accountId && c.Mode == settings.Mode).SingleOrDefaultAsync(ct);
        var pack = packs.Find(settings.PackId);
        if (card?.Card is not { } saved || pack is null)
        {
            // The card was removed, or the pack is no longer sold, since automatic top-up was turned on.
            var reason = pack is null ? "the pack it bought is no longer sold" : "no card is saved for it any more";
            await ReleaseAsync(accountId, topUpId, ct);
            await settingsStore.TurnOffAsync(accountId, reason, mode: null, ct);
            await transaction.CommitAsync(ct);
            await notices.TurnedOffAsync(accountId, settings.Mode, reason, ct);
            return;
        }

        if (settings.MonthlyCapMinor is { } cap && await settingsStore.SpentThisMonthAsync(accountId, now, ct) + pack.PriceMinor > cap)
        {
            var month = AutoTopUp.MonthOf(now);
            await ReleaseAsync(accountId, topUpId, ct);
            var firstTime = await db.AutoTopUps.Where(a => a.AccountId == accountId && (a.CapReachedMonth == null || a.CapReachedMonth != month))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CapReachedMonth, month), ct) == 1;
            await transaction.CommitAsync(ct);
            if (firstTime)
                await notices.CapReachedAsync(accountId, settings.Mode, new Money(cap, pack.Currency), ct);
            return;
        }

        var purchase = new Purchase
        {
            Id = Guid.NewGuid(), AccountId = accountId, CheckoutKey = topUpId, PackId = pack.Id, PackName = pack.Name, Credits = pack.Credits,
            AmountMinor = pack.PriceMinor, Currency = pack.Currency, Mode = settings.Mode, Status = PurchaseStatus.Pending, CreatedAt = now,
        };
        db.Purchases.Add(purchase);
        db.TopUps.Add(new TopUp
        {
            Id = topUpId, AccountId = accountId, PurchaseId = purchase.Id, Mode = settings.Mode, CustomerId = saved.CustomerId,
            PaymentMethodId = saved.PaymentMethodId, AmountMinor = pack.PriceMinor, Currency = pack.Currency, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Automatic top-up {TopUpId} of account {AccountId} started: {Pack}", topUpId, accountId, pack.Id);
        jobs.Enqueue<TopUpCharge>(job => job.ChargeAsync(topUpId, CancellationToken.None));
    }

    /// <summary>
    /// The in-flight top-up's slot is released once Credits has announced a purchase after the top-up was paid (its
    /// credits are in that balance); not while it is still charging or its credits are on their way.
    /// </summary>
    public async Task ReleaseIfCreditedAsync(Guid accountId, Guid topUpId, DateTimeOffset announcedAt, CancellationToken ct)
    {
        var paidAt = await db.TopUps.AsNoTracking().Where(t => t.Id == topUpId)
            .Join(db.Purchases, t => t.PurchaseId, p => p.Id, (t, p) => p.PaidAt).SingleOrDefaultAsync(ct);
        if (paidAt is not null && paidAt <= announcedAt)
            await ReleaseAsync(accountId, topUpId, ct);
    }

    /// <summary>Frees the slot if this top-up still holds it.</summary>
    public Task<int> ReleaseAsync(Guid accountId, Guid topUpId, CancellationToken ct) =>
        db.AutoTopUps.Where(a => a.AccountId == accountId && a.InFlightTopUpId == topUpId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.InFlightTopUpId, (Guid?)null), ct);
}
