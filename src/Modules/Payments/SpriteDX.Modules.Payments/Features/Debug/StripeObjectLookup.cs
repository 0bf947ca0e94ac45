using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Stripe;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.Modules.Payments.Features.Debug;

/// <summary>A Stripe object the debug page was pointed at, or why the id given cannot name one.</summary>
internal sealed record Found<T>(T? Object, string? Refusal) where T : class
{
    public static Found<T> Of(T found) => new(found, null);

    public static Found<T> Refuse(string reason) => new(null, reason);
}

/// <summary>
/// The ids a developer has at hand on the debug page, resolved at Stripe in one mode: a Checkout Session's (the purchase
/// list shows them) stands for the charge that paid it, and for that charge's latest refund. A missing object throws
/// Stripe's 404, which the callers turn into "Stripe has no such object".
/// </summary>
internal sealed class StripeObjectLookup(StripeClients stripe)
{
    /// <summary>The charge a cs_… id paid with, or the ch_… / py_… charge itself.</summary>
    public async Task<Found<Charge>> ChargeAsync(BillingMode mode, string id, string purpose, CancellationToken ct) =>
        NamesCharge(id)
            ? await ChargeOfAsync(mode, id, withRefunds: false, ct)
            : Found<Charge>.Refuse($"{purpose} is about a charge: give its ch_… id, or the cs_… id of the Checkout Session that paid it.");

    /// <summary>The re_… refund itself, or the latest refund of a charge (named by its ch_… id or its session's cs_… id).</summary>
    public async Task<Found<Refund>> RefundAsync(BillingMode mode, string id, string purpose, CancellationToken ct)
    {
        if (id.StartsWith("re_", StringComparison.Ordinal))
            return Found<Refund>.Of(await stripe.For(mode).V1.Refunds.GetAsync(id, cancellationToken: ct));
        if (!NamesCharge(id))
            return Found<Refund>.Refuse($"{purpose} is about a refund: give its re_… id, or the ch_… or cs_… id of the payment whose latest refund it is.");

        var charge = await ChargeOfAsync(mode, id, withRefunds: true, ct);
        if (charge.Object is null)
            return Found<Refund>.Refuse(charge.Refusal!);
        if (charge.Object.Refunds?.Data?.MaxBy(r => r.Created) is not { } latest)
            return Found<Refund>.Refuse($"Charge {charge.Object.Id} has no refund yet: refund it first.");
        // A listed refund carries no response of its own; the debug page sends the object exactly as Stripe answers it.
        return Found<Refund>.Of(await stripe.For(mode).V1.Refunds.GetAsync(latest.Id, cancellationToken: ct));
    }

    /// <summary>A Checkout Session id says its mode (cs_test_… or cs_live_…); the debug page's emulator actions take no mode of their own.</summary>
    public static BillingMode ModeOfSession(string sessionId) =>
        sessionId.StartsWith("cs_test_", StringComparison.Ordinal) ? BillingMode.Test : BillingMode.Live;

    private static bool NamesCharge(string id) =>
        id.StartsWith("cs_", StringComparison.Ordinal) || id.StartsWith("ch_", StringComparison.Ordinal) || id.StartsWith("py_", StringComparison.Ordinal);

    private async Task<Found<Charge>> ChargeOfAsync(BillingMode mode, string id, bool withRefunds, CancellationToken ct)
    {
        var chargeId = id;
        if (id.StartsWith("cs_", StringComparison.Ordinal))
        {
            var session = await stripe.For(mode).V1.Checkout.Sessions.GetAsync(id, new SessionGetOptions { Expand = ["payment_intent"] }, cancellationToken: ct);
            if (session.PaymentIntent?.LatestChargeId is not { } paidWith)
                return Found<Charge>.Refuse($"Checkout Session {id} has no charge yet: it was never paid.");
            chargeId = paidWith;
        }

        return Found<Charge>.Of(await stripe.For(mode).V1.Charges.GetAsync(
            chargeId, withRefunds ? new ChargeGetOptions { Expand = ["refunds"] } : null, cancellationToken: ct));
    }
}
