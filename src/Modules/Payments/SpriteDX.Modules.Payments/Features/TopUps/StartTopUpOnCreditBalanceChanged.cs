using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>
/// The trigger of automatic top-ups, off the request path: a spend that leaves the balance below the account's
/// threshold starts one top-up unless one is in flight. Only spending triggers: a refund, a dispute or the test
/// credits taken away when an account leaves test mode move the balance for reasons a new charge should not answer.
/// An account without automatic top-up costs one primary-key read. A top-up stays in flight until its credits land
/// (Credits announces a purchase after the top-up was paid), so generations spending meanwhile, still below the
/// threshold, do not start a second one.
/// </summary>
internal sealed class StartTopUpOnCreditBalanceChanged(PaymentsDbContext db, TopUpStarter starter) : INotificationHandler<CreditBalanceChanged>
{
    private const string SpendKind = "spend";
    private const string PurchaseKind = "purchase";

    public async Task Handle(CreditBalanceChanged e, CancellationToken ct)
    {
        if (e.Kind is not (SpendKind or PurchaseKind))
            return;
        var settings = await db.AutoTopUps.AsNoTracking().Where(a => a.AccountId == e.AccountId)
            .Select(a => new { a.Enabled, a.ThresholdCredits, a.InFlightTopUpId }).SingleOrDefaultAsync(ct);
        if (settings is null)
            return;
        if (e.Kind == PurchaseKind)
        {
            if (settings.InFlightTopUpId is { } inFlight)
                await starter.ReleaseIfCreditedAsync(e.AccountId, inFlight, e.OccurredAt, ct);
            return;
        }

        if (settings.Enabled && settings.InFlightTopUpId is null && await NewestBalanceAsync(e, ct) < settings.ThresholdCredits)
            await starter.StartAsync(e.AccountId, ct);
    }

    /// <summary>Announcements may arrive late or twice: a newer balance already recorded wins over this one's.</summary>
    private async Task<long> NewestBalanceAsync(CreditBalanceChanged e, CancellationToken ct)
    {
        var recorded = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == e.AccountId)
            .Select(a => new { a.Balance, a.BalanceAt, a.BalanceVersion }).SingleOrDefaultAsync(ct);
        return recorded is null || e.Supersedes(recorded.BalanceVersion, recorded.BalanceAt) ? e.Balance : recorded.Balance;
    }
}
