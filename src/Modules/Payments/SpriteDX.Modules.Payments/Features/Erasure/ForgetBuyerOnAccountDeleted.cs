using MediatR;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Features.Accounts;

namespace SpriteDX.Modules.Payments.Features.Erasure;

/// <summary>
/// Purchases, amounts and Stripe ids stay: they are the books, and a refund or dispute may still arrive for them. The
/// address, the card's brand and last digits and Stripe's receipt link (which shows the address) go, and so do the
/// saved card's details; automatic top-up stops, so a deleted account is never charged again.
/// </summary>
internal sealed class ForgetBuyerOnAccountDeleted(PaymentsDbContext db) : INotificationHandler<AccountDeleted>
{
    public Task Handle(AccountDeleted e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ForgetBuyerOnAccountDeleted), async () =>
        {
            await BillingAccountEmail.ForgetAsync(db, e.AccountId, e.OccurredAt, ct);
            await db.Purchases.Where(p => p.AccountId == e.AccountId).ExecuteUpdateAsync(set => set
                .SetProperty(p => p.PaymentMethod, (string?)null)
                .SetProperty(p => p.StripeReceiptUrl, (string?)null), ct);
            await db.AutoTopUps.Where(a => a.AccountId == e.AccountId).ExecuteUpdateAsync(set => set.SetProperty(a => a.Enabled, false), ct);
            await db.Customers.Where(c => c.AccountId == e.AccountId).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.CardPaymentMethodId, (string?)null).SetProperty(c => c.CardBrand, (string?)null).SetProperty(c => c.CardLast4, (string?)null)
                .SetProperty(c => c.CardExpMonth, (int?)null).SetProperty(c => c.CardExpYear, (int?)null), ct);
        }, ct);
}
