using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>
/// The trigger of automatic top-ups, off the request path: a balance below the account's threshold starts one
/// top-up unless one is in flight. An account without automatic top-up costs one primary-key read. A top-up stays
/// in flight until its credits land (Credits announces a purchase after the top-up was paid), so the generations
/// spending meanwhile, still below the threshold, do not start a second one.
/// </summary>
internal sealed class StartTopUpOnCreditBalanceChanged(PaymentsDbContext db, TopUpStarter starter) : INotificationHandler<CreditBalanceChanged>
{
    private const string PurchaseKind = "purchase";

    public async Task Handle(CreditBalanceChanged e, CancellationToken ct)
    {
        var settings = await db.AutoTopUps.AsNoTracking().Where(a => a.AccountId == e.AccountId)
            .Select(a => new { a.Enabled, a.ThresholdCredits, a.InFlightTopUpId }).SingleOrDefaultAsync(ct);
        if (settings is null)
            return;
        if (settings.InFlightTopUpId is { } inFlight && !(e.Kind == PurchaseKind && await starter.ReleaseIfCreditedAsync(e.AccountId, inFlight, e.OccurredAt, ct)))
            return;
        if (!settings.Enabled || await NewestBalanceAsync(e, ct) >= settings.ThresholdCredits)
            return;
        await starter.StartAsync(e.AccountId, ct);
    }

    /// <summary>Announcements may arrive late or twice: a newer balance already recorded wins over this one's.</summary>
    private async Task<long> NewestBalanceAsync(CreditBalanceChanged e, CancellationToken ct)
    {
        var recorded = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == e.AccountId)
            .Select(a => new { a.Balance, a.BalanceAt }).SingleOrDefaultAsync(ct);
        return recorded?.BalanceAt > e.OccurredAt ? recorded.Balance : e.Balance;
    }
}
