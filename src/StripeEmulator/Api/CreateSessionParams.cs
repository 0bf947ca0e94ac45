using System.Globalization;
using SpriteDX.StripeEmulator.Checkout;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>
/// <c>POST /v1/checkout/sessions</c> parameters, checked as Stripe checks them. The emulator sells one-time
/// items in <c>payment</c> mode on the hosted page; a parameter that would change what is charged and that the
/// emulator cannot honour is refused rather than silently ignored.
/// </summary>
internal static class CreateSessionParams
{
    // Known to Stripe.net 53.1.0's SessionCreateOptions; cosmetic here, so accepted and ignored.
    private static readonly string[] Ignored =
    [
        "adaptive_pricing", "after_expiration", "branding_settings", "consent_collection", "currency", "custom_fields",
        "custom_text", "customer_update", "excluded_payment_method_types", "integration_identifier", "invoice_creation",
        "managed_payments", "name_collection", "origin_context", "payment_method_collection", "payment_method_configuration",
        "payment_method_data", "payment_method_options", "permissions", "phone_number_collection",
        "shipping_address_collection", "tax_id_collection", "wallet_options",
        "redirect_on_completion", "return_url",
    ];

    // Known to Stripe, but they change the amount or the kind of payment: refused with a clear message.
    private static readonly string[] Unsupported =
        ["discounts", "optional_items", "setup_intent_data", "shipping_options", "subscription_data", "customer_account"];

    private static readonly string[] SupportedPaymentMethods = ["card", "us_bank_account"];

    public static SessionInput Parse(StripeParams.ParamReader r, bool livemode, DateTimeOffset now)
    {
        var mode = r.Enum("mode", ["payment", "setup", "subscription"], required: true)!;
        if (mode != "payment")
            throw StripeApiException.InvalidRequest($"The Stripe emulator supports only mode=payment, not {mode}.", "mode");
        var uiMode = r.Enum("ui_mode", ["elements", "embedded_page", "form", "hosted_page"]);
        if (uiMode is not null and not "hosted_page")
            throw StripeApiException.InvalidRequest($"The Stripe emulator supports only ui_mode=hosted_page, not {uiMode}.", "ui_mode");

        var successUrl = Url(r, "success_url") ?? throw StripeApiException.Missing("success_url");
        var cancelUrl = Url(r, "cancel_url");
        var clientReferenceId = r.String("client_reference_id", maxLength: 200);
        var customerEmail = r.Email("customer_email");
        var customer = r.String("customer");
        if (customer is not null && customerEmail is not null)
            throw StripeApiException.InvalidRequest("You may only specify one of these parameters: customer, customer_email.", "customer_email");
        if (r.Map("saved_payment_method_options") is { } saved)
        {
            if (saved.Enum("payment_method_save", ["disabled", "enabled"]) == "enabled")
            {
                throw StripeApiException.InvalidRequest(
                    "The Stripe emulator shows no save-card checkbox; ask to save the card with payment_intent_data[setup_future_usage].",
                    saved.PathOf("payment_method_save"));
            }
            saved.Ignore("allow_redisplay_filters", "payment_method_remove");
        }
        r.RefuseUnsupported(Unsupported);
        if (r.Map("automatic_tax") is { } tax)
        {
            if (tax.Boolean("enabled") == true)
                throw StripeApiException.InvalidRequest("The Stripe emulator does not calculate tax (automatic_tax[enabled]).", "automatic_tax[enabled]");
            tax.Ignore("liability");
        }

        var expiresAt = r.Integer("expires_at");
        if (expiresAt is { } at)
        {
            var seconds = now.ToUnixTimeSeconds();
            if (at < seconds + 30 * 60)
                throw StripeApiException.InvalidRequest("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", "expires_at");
            if (at > seconds + (long)CheckoutSessions.DefaultLifetime.TotalSeconds)
                throw StripeApiException.InvalidRequest("The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at");
        }

        var paymentMethodTypes = r.ListOfStrings("allowed_payment_method_types");
        foreach (var type in paymentMethodTypes.Where(t => !SupportedPaymentMethods.Contains(t)))
        {
            throw StripeApiException.InvalidRequest(
                $"The payment method type provided: {type} is not supported by the Stripe emulator (card, us_bank_account).", "allowed_payment_method_types");
        }

        var lineItems = LineItems(r);
        var input = new SessionInput(
            livemode, lineItems, successUrl, cancelUrl, clientReferenceId, customer, customerEmail,
            r.Metadata("metadata") ?? new Dictionary<string, string>(), expiresAt,
            r.String("locale"),
            r.Enum("submit_type", ["auto", "book", "donate", "pay", "subscribe"]),
            r.Enum("customer_creation", ["always", "if_required"]),
            r.Enum("billing_address_collection", ["auto", "required"]),
            r.Boolean("allow_promotion_codes"),
            paymentMethodTypes.Count == 0 ? ["card"] : paymentMethodTypes.Distinct().ToList(),
            PaymentIntentData(r));
        r.Ignore(Ignored);
        return input;
    }

    private static List<LineItemInput> LineItems(StripeParams.ParamReader r)
    {
        var items = r.ListOfMaps("line_items");
        if (items.Count == 0) throw StripeApiException.Missing("line_items");
        var result = new List<LineItemInput>();
        foreach (var item in items)
        {
            if (item.String("price") is { } price)
                throw StripeApiException.NoSuch("price", price, item.PathOf("price"));
            var data = item.Map("price_data") ?? throw StripeApiException.Missing(item.PathOf("price_data"));
            var currency = data.Currency("currency");
            if (data.Has("recurring"))
                throw StripeApiException.InvalidRequest("You specified `payment` mode but passed a recurring price.", data.PathOf("recurring"));
            var unitAmount = data.Integer("unit_amount", min: 0, max: StripeAmounts.Maximum) ?? UnitAmountDecimal(data);
            if (data.String("product") is { } product)
                throw StripeApiException.NoSuch("product", product, data.PathOf("product"));
            var productData = data.Map("product_data") ?? throw StripeApiException.Missing(data.PathOf("product_data"));
            var name = productData.String("name", required: true, maxLength: 250)!;
            var description = productData.String("description", maxLength: 40_000);
            productData.Metadata("metadata");
            productData.ListOfStrings("images");
            productData.Ignore("tax_code", "tax_details", "unit_label");
            data.Enum("tax_behavior", ["exclusive", "inclusive", "unspecified"]);
            var quantity = item.Integer("quantity", required: true, min: 1, max: 999_999)!.Value;
            item.Metadata("metadata");
            item.Ignore("adjustable_quantity", "tax_rates");
            result.Add(new LineItemInput(currency, unitAmount, quantity, name, description));
        }

        var currencies = result.Select(i => i.Currency).Distinct().ToList();
        if (currencies.Count > 1)
            throw StripeApiException.InvalidRequest($"All line items must use the same currency; got {string.Join(", ", currencies)}.", "line_items");
        var total = result.Sum(i => (decimal)i.UnitAmount * i.Quantity);
        var minimum = StripeAmounts.MinimumCharge(currencies[0]);
        if (total < minimum)
        {
            throw StripeApiException.InvalidRequest(
                $"The Checkout Session's total amount due must add up to at least {Pages.MoneyFormat.Format(minimum, currencies[0])} {currencies[0]}",
                "line_items", "amount_too_small");
        }
        if (total > StripeAmounts.Maximum)
        {
            throw StripeApiException.InvalidRequest(
                $"The Checkout Session's total amount due must be no more than {Pages.MoneyFormat.Format(StripeAmounts.Maximum, currencies[0])} {currencies[0]}",
                "line_items", "amount_too_large");
        }
        return result;
    }

    private static long UnitAmountDecimal(StripeParams.ParamReader data)
    {
        var text = data.String("unit_amount_decimal") ?? throw StripeApiException.Missing(data.PathOf("unit_amount"));
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > StripeAmounts.Maximum)
            throw StripeApiException.InvalidRequest($"Invalid decimal: {text}", data.PathOf("unit_amount_decimal"), "parameter_invalid_string");
        if (value != decimal.Truncate(value))
            throw StripeApiException.InvalidRequest("The Stripe emulator supports only whole unit_amount_decimal values.", data.PathOf("unit_amount_decimal"));
        return (long)value;
    }

    private static PaymentIntentDataInput PaymentIntentData(StripeParams.ParamReader r)
    {
        var data = r.Map("payment_intent_data");
        if (data is null) return PaymentIntentDataInput.None;
        var capture = data.Enum("capture_method", ["automatic", "automatic_async", "manual"]);
        if (capture == "manual")
            throw StripeApiException.InvalidRequest("The Stripe emulator captures payments at once; capture_method=manual is not supported.", data.PathOf("capture_method"));
        var result = new PaymentIntentDataInput(
            data.String("description", maxLength: 1000),
            data.Metadata("metadata") ?? new Dictionary<string, string>(),
            data.Email("receipt_email"),
            data.String("statement_descriptor", maxLength: 22),
            data.String("statement_descriptor_suffix", maxLength: 22),
            data.Enum("setup_future_usage", PaymentIntentDataInput.FutureUsages));
        data.Ignore("application_fee_amount", "on_behalf_of", "shipping", "transfer_data", "transfer_group");
        return result;
    }

    private static string? Url(StripeParams.ParamReader r, string name)
    {
        var text = r.String(name, maxLength: 5000);
        if (text is null) return null;
        // {CHECKOUT_SESSION_ID} is a template Stripe fills in on redirect; it is not part of the URL's syntax.
        var probe = text.Replace("{CHECKOUT_SESSION_ID}", "cs", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw StripeApiException.InvalidRequest("Not a valid URL", r.PathOf(name), "url_invalid");
        return text;
    }
}
