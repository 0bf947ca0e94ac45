using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.TopUps;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;

namespace SpriteDX.Modules.Payments.Features.SavedCards;

internal abstract record CardRemoval
{
    public sealed record Removed(SavedCard Card) : CardRemoval;

    public sealed record NoCard : CardRemoval;

    public sealed record StripeUnavailable : CardRemoval;
}

/// <summary>
/// The card each Stripe customer has saved, cached in Payments' own table. Stripe is the truth: every change
/// (payment_method.attached or .detached, a removal here) lists the customer's cards again and keeps the newest,
/// so events arriving late, twice or out of order all end on what Stripe says now.
/// </summary>
internal sealed class CustomerCards(PaymentsDbContext db, StripeClients stripe, AutoTopUpSettings autoTopUps, ILogger<CustomerCards> logger)
{
    /// <summary>The saved card of the account's current billing mode, if any.</summary>
    public async Task<SavedCard?> CurrentAsync(Guid accountId, CancellationToken ct)
    {
        var mode = await ModeAsync(accountId, ct);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.AccountId == accountId && c.Mode == mode, ct);
        return customer?.Card;
    }

    public async Task<BillingMode> ModeAsync(Guid accountId, CancellationToken ct) =>
        await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode).SingleOrDefaultAsync(ct) ?? BillingMode.Live;

    /// <summary>
    /// A payment method event: the customer it names (an attached card), or whose saved card it is (a detached card
    /// names no customer any more). False when it is no customer's of ours.
    /// </summary>
    public async Task<bool> RefreshForAsync(PaymentMethod paymentMethod, bool livemode, CancellationToken ct)
    {
        var mode = BillingModes.FromLivemode(livemode);
        var customerId = paymentMethod.CustomerId
                         ?? await db.Customers.AsNoTracking().Where(c => c.Mode == mode && c.CardPaymentMethodId == paymentMethod.Id).Select(c => c.CustomerId).FirstOrDefaultAsync(ct);
        if (customerId is null || !await db.Customers.AnyAsync(c => c.CustomerId == customerId && c.Mode == mode, ct))
            return false;
        await RefreshAsync(customerId, mode, ct);
        return true;
    }

    /// <summary>Detaches the current mode's saved card in Stripe, then shows what Stripe has left.</summary>
    public async Task<CardRemoval> RemoveAsync(Guid accountId, CancellationToken ct)
    {
        if (await CurrentAsync(accountId, ct) is not { } card)
            return new CardRemoval.NoCard();
        try
        {
            await stripe.For(card.Mode).V1.PaymentMethods.DetachAsync(card.PaymentMethodId, cancellationToken: ct);
        }
        catch (StripeException ex) when (ex.StripeError?.Type == "invalid_request_error")
        {
            // Already detached (from Stripe's dashboard, or a second tab): what Stripe has left is shown below.
            logger.LogInformation(ex, "Card {PaymentMethodId} was no longer attached", card.PaymentMethodId);
        }
        catch (StripeException ex)
        {
            logger.LogError(ex, "Stripe could not detach card {PaymentMethodId}", card.PaymentMethodId);
            return new CardRemoval.StripeUnavailable();
        }

        await RefreshAsync(card.CustomerId, card.Mode, ct);
        return new CardRemoval.Removed(card);
    }

    private async Task RefreshAsync(string customerId, BillingMode mode, CancellationToken ct)
    {
        var cards = await stripe.For(mode).V1.PaymentMethods.ListAsync(
            new PaymentMethodListOptions { Customer = customerId, Type = "card", Limit = 1 }, cancellationToken: ct);
        var newest = cards.Data.FirstOrDefault();
        await db.Customers.Where(c => c.CustomerId == customerId && c.Mode == mode).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.CardPaymentMethodId, newest == null ? null : newest.Id)
            .SetProperty(c => c.CardBrand, newest == null ? null : newest.Card.Brand)
            .SetProperty(c => c.CardLast4, newest == null ? null : newest.Card.Last4)
            .SetProperty(c => c.CardExpMonth, newest == null ? null : (int?)newest.Card.ExpMonth)
            .SetProperty(c => c.CardExpYear, newest == null ? null : (int?)newest.Card.ExpYear), ct);
        if (newest is null)
        {
            var accountId = await db.Customers.AsNoTracking().Where(c => c.CustomerId == customerId && c.Mode == mode).Select(c => c.AccountId).SingleAsync(ct);
            await autoTopUps.TurnOffAsync(accountId, "your saved card was removed", mode, ct);
        }
    }
}
