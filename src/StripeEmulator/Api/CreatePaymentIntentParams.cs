using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.SavedCards;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>
/// <c>POST /v1/payment_intents</c> parameters. The emulator creates a payment intent only to charge a customer's
/// saved card at once without the customer (<c>confirm=true&amp;off_session=true</c>); what would need a customer
/// present, a later confirmation or a split of the money is refused rather than ignored.
/// </summary>
internal static class CreatePaymentIntentParams
{
    // Known to Stripe.net 53.1.0's PaymentIntentCreateOptions; without effect on an off-session card charge here.
    private static readonly string[] Ignored =
    [
        "amount_details", "confirmation_method", "error_on_requires_action", "excluded_payment_method_types", "hooks",
        "payment_details", "payment_method_configuration", "payment_method_options", "radar_options", "return_url", "shipping",
        "transfer_group", "use_stripe_sdk",
    ];

    private static readonly string[] Unsupported =
    [
        "allowed_payment_method_types", "application_fee_amount", "automatic_payment_methods", "confirmation_token", "customer_account",
        "mandate", "mandate_data", "on_behalf_of", "payment_method_data", "transfer_data",
    ];

    public static OffSessionPaymentInput Parse(StripeParams.ParamReader r)
    {
        var amount = r.Integer("amount", required: true, max: StripeAmounts.Maximum)!.Value;
        var currency = r.Currency("currency");
        var minimum = StripeAmounts.MinimumCharge(currency);
        if (amount < minimum)
        {
            throw StripeApiException.InvalidRequest(
                $"Amount must be at least {Pages.MoneyFormat.Format(minimum, currency)} {currency}", "amount", "amount_too_small");
        }
        var customer = r.String("customer");
        if (r.Boolean("confirm") != true)
            throw StripeApiException.InvalidRequest("The Stripe emulator creates payment intents only confirmed at once: send confirm=true.", "confirm");
        if (r.Boolean("off_session") != true)
        {
            throw StripeApiException.InvalidRequest(
                "The Stripe emulator charges saved cards only without the customer present: send off_session=true.", "off_session");
        }
        var paymentMethod = r.String("payment_method") ?? throw StripeApiException.InvalidRequest(
            customer is null
                ? "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method or ConfirmationToken."
                : $"You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with {customer}, specify a payment method attached to this customer along with the customer ID.",
            code: "payment_intent_unexpected_state");
        if (r.Enum("capture_method", ["automatic", "automatic_async", "manual"]) == "manual")
            throw StripeApiException.InvalidRequest("The Stripe emulator captures payments at once; capture_method=manual is not supported.", "capture_method");
        foreach (var type in r.ListOfStrings("payment_method_types").Where(t => t != "card"))
            throw StripeApiException.InvalidRequest($"The Stripe emulator charges saved cards only, not {type}.", "payment_method_types");

        var data = new PaymentIntentDataInput(
            r.String("description", maxLength: 1000),
            r.Metadata("metadata") ?? new Dictionary<string, string>(),
            r.Email("receipt_email"),
            r.String("statement_descriptor", maxLength: 22),
            r.String("statement_descriptor_suffix", maxLength: 22),
            r.Enum("setup_future_usage", PaymentIntentDataInput.FutureUsages));
        r.RefuseUnsupported(Unsupported);
        r.Ignore(Ignored);
        return new OffSessionPaymentInput(amount, currency, customer, paymentMethod, data);
    }
}
