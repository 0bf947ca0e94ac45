using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.Webhooks.Admin;

namespace SpriteDX.Modules.Payments.Features.Debug;

/// <summary>A purchase with the e-mail of the account that made it, for the debug page's list.</summary>
internal sealed record DebugPurchase(Purchase Purchase, string? Email);

/// <summary>What the purchase debug page shows around its actions.</summary>
internal sealed record PurchaseDebugView(
    IReadOnlyList<ModeSetup> Modes,
    EmulatorStatus? Emulator,
    BillingMode AccountMode,
    bool BillingEnabled,
    bool CanBuy,
    IReadOnlyList<WebhookEventRow> Events,
    IReadOnlyList<DebugPurchase> Purchases);

/// <summary>
/// The read side of the purchase debug page: how each mode reaches Stripe, the emulator's switches, the
/// signed-in account's billing, and the latest webhook events and purchases.
/// </summary>
internal sealed class PurchaseDebugOverview(
    PaymentsDbContext db, WebhookEventLog log, EmulatorControl emulator, StripeSetup setup, BillingAvailability availability)
{
    public const int RecentCount = 20;

    public async Task<PurchaseDebugView> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var status = await emulator.StatusAsync(ct);
        var accountId = user.AccountId();
        var accountMode = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode)
            .SingleOrDefaultAsync(ct) ?? BillingMode.Live;
        var events = await log.PageAsync(new WebhookEventFilter(), olderThan: null, RecentCount, ct);
        var purchases = await db.Purchases.AsNoTracking().OrderByDescending(p => p.CreatedAt).Take(RecentCount).ToListAsync(ct);
        var accountIds = purchases.Select(p => p.AccountId).Distinct().ToList();
        var emails = await db.BillingAccounts.AsNoTracking().Where(a => accountIds.Contains(a.AccountId)).ToDictionaryAsync(a => a.AccountId, a => a.Email, ct);
        return new PurchaseDebugView(setup.Describe(status), status, accountMode, availability.IsEnabledForEveryone, availability.IsAvailableTo(user),
            events.Rows, purchases.Select(p => new DebugPurchase(p, emails.GetValueOrDefault(p.AccountId))).ToList());
    }
}
