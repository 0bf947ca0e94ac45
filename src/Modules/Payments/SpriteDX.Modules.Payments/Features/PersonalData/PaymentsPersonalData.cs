using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.PersonalData;

/// <summary>
/// Payments' part of "Download my data": every purchase with what its receipt shows, its refunds and disputes, and the
/// billing details kept for the account. Stripe's ids are references for support; no Stripe key, secret or link is.
/// </summary>
internal sealed class PaymentsPersonalData(PaymentsDbContext db) : IPersonalDataSource
{
    public string Folder => "payments";

    public IReadOnlyList<PersonalDataFile> Files { get; } =
    [
        new("billing.json", "The address your receipts go to, and whether your purchases go through Stripe's live or test mode."),
        new("purchases.json", "Every purchase, oldest first: receipt number, credit pack, credits, amount and currency, status, card, live or test, dates, refunds and disputes, and your refund request if you made one."),
        new("automatic-top-up.json", "Your Stripe customer in each mode and the card saved there, your automatic top-up settings, and every automatic top-up with its outcome."),
    ];

    public async Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct)
    {
        var billing = await db.BillingAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        await archive.AddJsonAsync("billing.json", new BillingFile(billing?.Email, ModeName(billing?.Mode ?? BillingMode.Live)), ct);

        var purchases = await db.Purchases.AsNoTracking().Where(p => p.AccountId == accountId).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var ids = purchases.Select(p => p.Id).ToList();
        var adjustments = (await db.Adjustments.AsNoTracking().Where(a => ids.Contains(a.PurchaseId)).OrderBy(a => a.At).ToListAsync(ct))
            .ToLookup(a => a.PurchaseId);
        var requests = await db.RefundRequests.AsNoTracking().Where(r => ids.Contains(r.PurchaseId)).ToDictionaryAsync(r => r.PurchaseId, ct);
        await archive.AddJsonAsync("purchases.json", purchases.Select(p => new PurchaseLine(
            p.Id, p.ReceiptNumber, p.PackId, p.PackName, p.Credits, p.Amount.ToString(), p.AmountMinor, p.Currency, p.Status.Code(), ModeName(p.Mode),
            p.PaymentMethod, p.CreatedAt, p.PaidAt, p.RefundedMinor, p.CreditsTakenBack,
            adjustments[p.Id].Select(a => new AdjustmentLine(
                a.Kind.ToString().ToLowerInvariant(), a.StripeId, a.AmountMinor, a.Credits, a.At, a.Outcome?.Label(), a.SettledAt)).ToList(),
            requests.TryGetValue(p.Id, out var request)
                ? new RefundRequestLine(request.Status.Code(), request.Attempt, request.RequestedAt, request.UpdatedAt, request.FailureReason)
                : null,
            p.CheckoutSessionId, p.PaymentIntentId, p.ChargeId)).ToList(), ct);

        var customers = await db.Customers.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.Mode).ToListAsync(ct);
        var settings = await db.AutoTopUps.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        var topUps = await db.TopUps.AsNoTracking().Where(t => t.AccountId == accountId).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        await archive.AddJsonAsync("automatic-top-up.json", new AutoTopUpFile(
            customers.Select(c => new CustomerLine(ModeName(c.Mode), c.CustomerId, c.Card is { } card ? $"{card.Description}, expires {card.Expiry}" : null)).ToList(),
            settings is null ? null : new AutoTopUpSettingsLine(settings.Enabled, settings.ThresholdCredits, settings.PackId, settings.MonthlyCapMinor,
                ModeName(settings.Mode), settings.TurnedOffReason, settings.TurnedOffAt),
            topUps.Select(t => new TopUpLine(t.PurchaseId, ModeName(t.Mode), t.AmountMinor, t.Currency, t.Outcome.ToString().ToLowerInvariant(), t.FailureCode,
                t.CreatedAt, t.SettledAt, t.PaymentIntentId)).ToList()), ct);
    }

    private static string ModeName(BillingMode mode) => mode.ToString().ToLowerInvariant();

    private sealed record BillingFile(string? ReceiptEmail, string Mode);

    /// <param name="Amount">As the receipt shows it ("$5.00"); <paramref name="AmountMinor"/> is the same in cents.</param>
    /// <param name="PaymentMethod">"Visa •••• 4242", when Stripe said how it was paid.</param>
    /// <param name="CreditsTakenBack">Credits refunds and disputes took back.</param>
    /// <param name="CheckoutSessionId">Stripe's references for this purchase, for support.</param>
    private sealed record PurchaseLine(
        Guid Id, string ReceiptNumber, string PackId, string Pack, int Credits, string Amount, long AmountMinor, string Currency, string Status,
        string Mode, string? PaymentMethod, DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, long RefundedMinor, int CreditsTakenBack,
        IReadOnlyList<AdjustmentLine> RefundsAndDisputes, RefundRequestLine? RefundRequest, string? CheckoutSessionId, string? PaymentIntentId,
        string? ChargeId);

    /// <param name="Kind">`refund` or `dispute`.</param>
    /// <param name="Outcome">How it ended, when it did ("Dispute won", "Refund failed", ...).</param>
    private sealed record AdjustmentLine(
        string Kind, string StripeId, long AmountMinor, int Credits, DateTimeOffset At, string? Outcome, DateTimeOffset? SettledAt);

    private sealed record AutoTopUpFile(IReadOnlyList<CustomerLine> StripeCustomers, AutoTopUpSettingsLine? Settings, IReadOnlyList<TopUpLine> TopUps);

    /// <param name="SavedCard">"Visa •••• 4242, expires 12/34", as Usage and Billing shows it.</param>
    private sealed record CustomerLine(string Mode, string CustomerId, string? SavedCard);

    /// <param name="MonthlyCapMinor">In the pack's currency's minor unit (cents); null: no cap.</param>
    private sealed record AutoTopUpSettingsLine(
        bool Enabled, long ThresholdCredits, string PackId, long? MonthlyCapMinor, string Mode, string? TurnedOffReason, DateTimeOffset? TurnedOffAt);

    private sealed record TopUpLine(
        Guid PurchaseId, string Mode, long AmountMinor, string Currency, string Outcome, string? FailureCode, DateTimeOffset StartedAt,
        DateTimeOffset? SettledAt, string? PaymentIntentId);

    private sealed record RefundRequestLine(string Status, int Attempt, DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt, string? FailureReason);
}
