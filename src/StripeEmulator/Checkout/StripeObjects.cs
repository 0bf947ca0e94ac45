using System.Globalization;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Api;

namespace SpriteDX.StripeEmulator.Checkout;

internal sealed record LineItemInput(string Currency, long UnitAmount, long Quantity, string Name, string? Description);

internal sealed record PaymentIntentDataInput(
    string? Description, IReadOnlyDictionary<string, string> Metadata, string? ReceiptEmail,
    string? StatementDescriptor, string? StatementDescriptorSuffix, string? SetupFutureUsage)
{
    public static readonly IReadOnlyList<string> FutureUsages = ["off_session", "on_session"];

    public static readonly PaymentIntentDataInput None = new(null, new Dictionary<string, string>(), null, null, null, null);
}

internal sealed record SessionInput(
    bool Livemode, IReadOnlyList<LineItemInput> LineItems, string SuccessUrl, string? CancelUrl,
    string? ClientReferenceId, string? CustomerId, string? CustomerEmail, IReadOnlyDictionary<string, string> Metadata, long? ExpiresAt,
    string? Locale, string? SubmitType, string? CustomerCreation, string? BillingAddressCollection,
    bool? AllowPromotionCodes, IReadOnlyList<string> PaymentMethodTypes, PaymentIntentDataInput PaymentIntentData);

/// <summary>Who paid and how, as Checkout collects it.</summary>
internal sealed record PayerDetails(string Email, string Name, string Country, string PostalCode);

internal abstract record PaymentMethodUsed;

internal sealed record CardUsed(TestCard Card, int ExpMonth, int ExpYear, bool Authenticated) : PaymentMethodUsed;

internal sealed record BankAccountUsed : PaymentMethodUsed;

/// <summary>
/// Builders of Stripe's objects with exactly the field names and key order of Stripe's fixtures
/// (<c>shared/fixtures/stripe</c>), so Stripe.net reads them as it reads Stripe's own responses.
/// </summary>
internal static class StripeObjects
{
    public const string DefaultStatementDescriptor = "SPRITEDX";

    public static JsonObject Session(SessionInput input, string id, long created, long expiresAt, string url)
    {
        var subtotal = input.LineItems.Sum(i => i.UnitAmount * i.Quantity);
        return new JsonObject
        {
            ["after_expiration"] = null,
            ["allow_promotion_codes"] = input.AllowPromotionCodes,
            ["amount_subtotal"] = subtotal,
            ["amount_total"] = subtotal,
            ["automatic_tax"] = new JsonObject { ["enabled"] = false, ["liability"] = null, ["provider"] = null, ["status"] = null },
            ["billing_address_collection"] = input.BillingAddressCollection,
            ["cancel_url"] = input.CancelUrl,
            ["client_reference_id"] = input.ClientReferenceId,
            ["client_secret"] = null,
            ["consent"] = null,
            ["consent_collection"] = null,
            ["created"] = created,
            ["currency"] = input.LineItems[0].Currency,
            ["custom_fields"] = new JsonArray(),
            ["custom_text"] = new JsonObject
            {
                ["after_submit"] = null, ["shipping_address"] = null, ["submit"] = null, ["terms_of_service_acceptance"] = null,
            },
            ["customer"] = input.CustomerId,
            ["customer_creation"] = input.CustomerCreation ?? "if_required",
            ["customer_details"] = null,
            ["customer_email"] = input.CustomerEmail,
            ["expires_at"] = expiresAt,
            ["id"] = id,
            ["invoice"] = null,
            ["invoice_creation"] = new JsonObject
            {
                ["enabled"] = false,
                ["invoice_data"] = new JsonObject
                {
                    ["account_tax_ids"] = null, ["custom_fields"] = null, ["description"] = null, ["footer"] = null,
                    ["issuer"] = null, ["metadata"] = new JsonObject(), ["rendering_options"] = null,
                },
            },
            ["livemode"] = input.Livemode,
            ["locale"] = input.Locale,
            ["metadata"] = Map(input.Metadata),
            ["mode"] = "payment",
            ["object"] = "checkout.session",
            ["payment_intent"] = null,
            ["payment_link"] = null,
            ["payment_method_collection"] = null,
            ["payment_method_configuration_details"] = null,
            ["payment_method_options"] = PaymentMethodOptions(input.PaymentMethodTypes),
            ["payment_method_types"] = Strings(input.PaymentMethodTypes),
            ["payment_status"] = "unpaid",
            ["phone_number_collection"] = new JsonObject { ["enabled"] = false },
            ["recovered_from"] = null,
            ["saved_payment_method_options"] = null,
            ["setup_intent"] = null,
            ["shipping_address_collection"] = null,
            ["shipping_cost"] = null,
            ["shipping_options"] = new JsonArray(),
            ["status"] = "open",
            ["submit_type"] = input.SubmitType,
            ["subscription"] = null,
            ["success_url"] = input.SuccessUrl,
            ["total_details"] = new JsonObject { ["amount_discount"] = 0, ["amount_shipping"] = 0, ["amount_tax"] = 0 },
            ["ui_mode"] = "hosted_page",
            ["url"] = url,
            ["adaptive_pricing"] = new JsonObject { ["enabled"] = false },
            ["discounts"] = new JsonArray(),
            ["collected_information"] = null,
            ["permissions"] = null,
            ["wallet_options"] = null,
            ["origin_context"] = null,
            ["currency_conversion"] = null,
            ["customer_account"] = null,
            ["integration_identifier"] = null,
            ["managed_payments"] = new JsonObject { ["enabled"] = false },
        };
    }

    /// <summary>Line items are not part of the session body: Stripe returns them only when expanded.</summary>
    public static JsonObject LineItem(LineItemInput item, bool livemode, long created) => new()
    {
        ["id"] = StripeIds.LineItem(),
        ["object"] = "item",
        ["amount_discount"] = 0,
        ["amount_subtotal"] = item.UnitAmount * item.Quantity,
        ["amount_tax"] = 0,
        ["amount_total"] = item.UnitAmount * item.Quantity,
        ["currency"] = item.Currency,
        ["description"] = item.Name,
        ["metadata"] = new JsonObject(),
        ["price"] = new JsonObject
        {
            ["id"] = StripeIds.Price(),
            ["object"] = "price",
            ["active"] = false,
            ["billing_scheme"] = "per_unit",
            ["created"] = created,
            ["currency"] = item.Currency,
            ["custom_unit_amount"] = null,
            ["livemode"] = livemode,
            ["lookup_key"] = null,
            ["metadata"] = new JsonObject(),
            ["nickname"] = null,
            ["product"] = StripeIds.Product(),
            ["recurring"] = null,
            ["tax_behavior"] = "unspecified",
            ["tiers_mode"] = null,
            ["transform_quantity"] = null,
            ["type"] = "one_time",
            ["unit_amount"] = item.UnitAmount,
            ["unit_amount_decimal"] = item.UnitAmount.ToString(CultureInfo.InvariantCulture),
        },
        ["quantity"] = item.Quantity,
    };

    public static JsonObject List(string url, IEnumerable<JsonNode> items, bool hasMore = false) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(items.Select(i => i.DeepClone()).ToArray()),
        ["has_more"] = hasMore,
        ["url"] = url,
    };

    public static JsonObject CustomerDetails(PayerDetails payer) => new()
    {
        ["address"] = Address(payer.Country, payer.PostalCode),
        ["email"] = payer.Email,
        ["name"] = payer.Name,
        ["phone"] = null,
        ["tax_exempt"] = "none",
        ["tax_ids"] = new JsonArray(),
        ["business_name"] = null,
        ["individual_name"] = null,
    };

    public static JsonObject CollectedInformation() => new()
    {
        ["business_name"] = null, ["individual_name"] = null, ["shipping_details"] = null,
    };

    public static JsonObject PaymentIntent(
        string id, bool livemode, long created, long amount, string currency, string? customerId, PaymentIntentDataInput data,
        string paymentMethodId, string paymentMethodType) => new()
    {
        ["amount"] = amount,
        ["amount_capturable"] = 0,
        ["amount_details"] = new JsonObject { ["tip"] = new JsonObject() },
        ["amount_received"] = 0,
        ["application"] = null,
        ["application_fee_amount"] = null,
        ["automatic_payment_methods"] = null,
        ["canceled_at"] = null,
        ["cancellation_reason"] = null,
        ["capture_method"] = "automatic_async",
        ["client_secret"] = $"{id}_secret_{StripeIds.Random(25)}",
        ["confirmation_method"] = "automatic",
        ["created"] = created,
        ["currency"] = currency,
        ["customer"] = customerId,
        ["description"] = data.Description,
        ["id"] = id,
        ["last_payment_error"] = null,
        ["latest_charge"] = null,
        ["livemode"] = livemode,
        ["metadata"] = Map(data.Metadata),
        ["next_action"] = null,
        ["object"] = "payment_intent",
        ["on_behalf_of"] = null,
        ["payment_method"] = paymentMethodId,
        ["payment_method_configuration_details"] = null,
        ["payment_method_options"] = PaymentMethodOptions([paymentMethodType]),
        ["payment_method_types"] = new JsonArray(paymentMethodType),
        ["processing"] = null,
        // Checkout leaves it unset unless payment_intent_data[receipt_email] asks for it.
        ["receipt_email"] = data.ReceiptEmail,
        ["review"] = null,
        ["setup_future_usage"] = data.SetupFutureUsage,
        ["shipping"] = null,
        ["statement_descriptor"] = data.StatementDescriptor,
        ["statement_descriptor_suffix"] = data.StatementDescriptorSuffix,
        ["status"] = "requires_payment_method",
        ["transfer_data"] = null,
        ["transfer_group"] = null,
        ["source"] = null,
        ["excluded_payment_method_types"] = null,
        ["customer_account"] = null,
        ["managed_payments"] = new JsonObject { ["enabled"] = false },
    };

    public static JsonObject Charge(
        string id, JsonObject paymentIntent, long created, PayerDetails payer, PaymentMethodUsed method, string receiptUrl) => new()
    {
        ["amount"] = (long)paymentIntent["amount"]!,
        ["amount_captured"] = (long)paymentIntent["amount"]!,
        ["amount_refunded"] = 0,
        ["application"] = null,
        ["application_fee"] = null,
        ["application_fee_amount"] = null,
        ["balance_transaction"] = StripeIds.BalanceTransaction(),
        ["billing_details"] = BillingDetails(payer),
        ["calculated_statement_descriptor"] = (string?)paymentIntent["statement_descriptor"] ?? DefaultStatementDescriptor,
        ["captured"] = true,
        ["created"] = created,
        ["currency"] = (string)paymentIntent["currency"]!,
        ["customer"] = (string?)paymentIntent["customer"],
        ["description"] = (string?)paymentIntent["description"],
        ["disputed"] = false,
        ["failure_balance_transaction"] = null,
        ["failure_code"] = null,
        ["failure_message"] = null,
        ["fraud_details"] = new JsonObject(),
        ["id"] = id,
        ["livemode"] = (bool)paymentIntent["livemode"]!,
        ["metadata"] = paymentIntent["metadata"]!.DeepClone(),
        ["object"] = "charge",
        ["on_behalf_of"] = null,
        ["outcome"] = new JsonObject
        {
            ["advice_code"] = null,
            ["network_advice_code"] = null,
            ["network_decline_code"] = null,
            ["network_status"] = "approved_by_network",
            ["reason"] = null,
            ["risk_level"] = "normal",
            ["risk_score"] = Random.Shared.Next(5, 40),
            ["seller_message"] = "Payment complete.",
            ["type"] = "authorized",
        },
        ["paid"] = true,
        ["payment_intent"] = (string)paymentIntent["id"]!,
        ["payment_method"] = (string)paymentIntent["payment_method"]!,
        ["payment_method_details"] = PaymentMethodDetails(method, (long)paymentIntent["amount"]!, payer),
        ["receipt_email"] = (string?)paymentIntent["receipt_email"],
        ["receipt_number"] = null,
        ["receipt_url"] = receiptUrl,
        ["refunded"] = false,
        ["review"] = null,
        ["shipping"] = null,
        ["source_transfer"] = null,
        ["statement_descriptor"] = (string?)paymentIntent["statement_descriptor"],
        ["statement_descriptor_suffix"] = (string?)paymentIntent["statement_descriptor_suffix"],
        ["status"] = "succeeded",
        ["transfer_data"] = null,
        ["transfer_group"] = null,
        ["source"] = null,
    };

    /// <summary>The charge the issuer refused: Stripe keeps it, failed, with the decline's code and message.</summary>
    public static JsonObject DeclinedCharge(JsonObject charge, StripeApiException decline)
    {
        var declineCode = decline.DeclineCode ?? decline.Code;
        charge["amount_captured"] = 0;
        charge["balance_transaction"] = null;
        charge["captured"] = false;
        charge["failure_code"] = decline.Code;
        charge["failure_message"] = decline.Message;
        charge["outcome"]!["network_status"] = "declined_by_network";
        charge["outcome"]!["reason"] = declineCode;
        charge["outcome"]!["seller_message"] = declineCode == "generic_decline"
            ? "The bank did not return any further details with this decline."
            : $"The bank returned the decline code `{declineCode}`.";
        charge["outcome"]!["type"] = "issuer_declined";
        charge["paid"] = false;
        charge["receipt_url"] = null;
        charge["status"] = "failed";
        return charge;
    }

    public static JsonObject Customer(
        string id, bool livemode, long created, string? email, string? name, string? description, string? phone,
        IReadOnlyDictionary<string, string> metadata, IReadOnlyList<string> preferredLocales) => new()
    {
        ["address"] = null,
        ["balance"] = 0,
        ["created"] = created,
        ["currency"] = null,
        ["default_source"] = null,
        ["delinquent"] = false,
        ["description"] = description,
        ["discount"] = null,
        ["email"] = email,
        ["id"] = id,
        ["invoice_prefix"] = StripeIds.InvoicePrefix(),
        ["invoice_settings"] = new JsonObject
        {
            ["custom_fields"] = null, ["default_payment_method"] = null, ["footer"] = null, ["rendering_options"] = null,
        },
        ["livemode"] = livemode,
        ["metadata"] = Map(metadata),
        ["name"] = name,
        ["next_invoice_sequence"] = 1,
        ["object"] = "customer",
        ["phone"] = phone,
        ["preferred_locales"] = Strings(preferredLocales),
        ["shipping"] = null,
        ["tax_exempt"] = "none",
        ["test_clock"] = null,
    };

    /// <summary>A card as a PaymentMethod; <paramref name="customerId"/> is set when it is saved to a customer.</summary>
    public static JsonObject PaymentMethod(
        string id, bool livemode, long created, CardUsed card, PayerDetails payer, string? customerId, string allowRedisplay) => new()
    {
        ["allow_redisplay"] = allowRedisplay,
        ["billing_details"] = BillingDetails(payer),
        ["card"] = new JsonObject
        {
            ["brand"] = card.Card.Brand,
            ["checks"] = CardChecks(payer),
            ["country"] = "US",
            ["display_brand"] = card.Card.Brand,
            ["exp_month"] = card.ExpMonth,
            ["exp_year"] = card.ExpYear,
            ["fingerprint"] = FingerprintOf(card.Card.Number),
            ["funding"] = card.Card.Funding,
            ["generated_from"] = null,
            ["last4"] = card.Card.Last4,
            ["networks"] = new JsonObject { ["available"] = new JsonArray(card.Card.Brand), ["preferred"] = null },
            ["three_d_secure_usage"] = new JsonObject { ["supported"] = true },
            ["wallet"] = null,
            ["regulated_status"] = "unregulated",
        },
        ["created"] = created,
        ["customer"] = customerId,
        ["id"] = id,
        ["livemode"] = livemode,
        ["metadata"] = new JsonObject(),
        ["object"] = "payment_method",
        ["type"] = "card",
        ["customer_account"] = null,
    };

    public static JsonObject Refund(
        string id, JsonObject charge, long amount, long created, string? reason, IReadOnlyDictionary<string, string> metadata) => new()
    {
        ["amount"] = amount,
        ["balance_transaction"] = StripeIds.BalanceTransaction(),
        ["charge"] = (string)charge["id"]!,
        ["created"] = created,
        ["currency"] = (string)charge["currency"]!,
        ["destination_details"] = (string?)charge["payment_method_details"]?["type"] == "card"
            ? new JsonObject { ["card"] = new JsonObject { ["type"] = "refund" }, ["type"] = "card" }
            : null,
        ["id"] = id,
        ["metadata"] = Map(metadata),
        ["object"] = "refund",
        ["payment_intent"] = (string?)charge["payment_intent"],
        ["reason"] = reason,
        ["receipt_number"] = null,
        ["source_transfer_reversal"] = null,
        ["status"] = "succeeded",
        ["transfer_reversal"] = null,
        ["customer"] = (string?)charge["customer"],
        ["customer_account"] = null,
        ["payment_method"] = (string?)charge["payment_method"],
    };

    /// <summary>
    /// The refund once its money came back (a closed card, a bank that refused it): Stripe adds
    /// <c>failure_balance_transaction</c> and <c>failure_reason</c> after <c>destination_details</c>.
    /// </summary>
    public static JsonObject FailedRefund(JsonObject refund, string failureReason)
    {
        var failed = new JsonObject();
        foreach (var (key, value) in refund)
        {
            failed[key] = key == "status" ? "failed" : value?.DeepClone();
            if (key != "destination_details") continue;
            failed["failure_balance_transaction"] = StripeIds.BalanceTransaction();
            failed["failure_reason"] = failureReason;
        }
        return failed;
    }

    public static JsonObject Dispute(string id, JsonObject charge, long created, string reason)
    {
        var amount = (long)charge["amount"]!;
        var currency = (string)charge["currency"]!;
        var card = charge["payment_method_details"]?["card"];
        return new JsonObject
        {
            ["amount"] = amount,
            ["balance_transactions"] = new JsonArray(DisputeTransaction(
                id, -amount, DisputeFee, currency, created, $"Chargeback withdrawal for {(string)charge["id"]!}", "dispute")),
            ["charge"] = (string)charge["id"]!,
            ["created"] = created,
            ["currency"] = currency,
            ["evidence"] = Evidence(),
            ["evidence_details"] = new JsonObject
            {
                ["due_by"] = created + (long)TimeSpan.FromDays(8).TotalSeconds,
                ["has_evidence"] = false,
                ["past_due"] = false,
                ["submission_count"] = 0,
                ["enhanced_eligibility"] = new JsonObject(),
            },
            ["id"] = id,
            ["is_charge_refundable"] = false,
            ["livemode"] = (bool)charge["livemode"]!,
            ["metadata"] = new JsonObject(),
            ["object"] = "dispute",
            ["payment_intent"] = (string?)charge["payment_intent"],
            ["payment_method_details"] = card is null
                ? new JsonObject { ["type"] = (string?)charge["payment_method_details"]?["type"] }
                : new JsonObject
                {
                    ["card"] = new JsonObject
                    {
                        ["brand"] = (string?)card["brand"],
                        ["case_type"] = "chargeback",
                        ["network_reason_code"] = reason == "fraudulent" ? "10.4" : "13.1",
                        ["network"] = (string?)card["network"],
                    },
                    ["type"] = "card",
                },
            ["reason"] = reason,
            ["status"] = "needs_response",
            ["enhanced_eligibility_types"] = new JsonArray(),
        };
    }

    /// <summary>A won dispute gives back the disputed amount and its fee, in one more balance transaction.</summary>
    public static JsonObject DisputeReinstatement(JsonObject dispute, long created) => DisputeTransaction(
        (string)dispute["id"]!, (long)dispute["amount"]!, -DisputeFee, (string)dispute["currency"]!, created,
        $"Chargeback reversal for {(string)dispute["charge"]!}", "dispute_reversal");

    private const long DisputeFee = 1500;

    private static JsonObject DisputeTransaction(
        string disputeId, long amount, long fee, string currency, long created, string description, string category) => new()
    {
        ["amount"] = amount,
        ["available_on"] = created,
        ["created"] = created,
        ["currency"] = currency,
        ["description"] = description,
        ["exchange_rate"] = null,
        ["fee"] = fee,
        ["fee_details"] = new JsonArray(new JsonObject
        {
            ["amount"] = fee, ["application"] = null, ["currency"] = currency,
            ["description"] = "Dispute fee", ["type"] = "stripe_fee",
        }),
        ["id"] = StripeIds.BalanceTransaction(),
        ["net"] = amount - fee,
        ["object"] = "balance_transaction",
        ["reporting_category"] = category,
        ["source"] = disputeId,
        ["status"] = "available",
        ["type"] = "adjustment",
        ["balance_type"] = "payments",
    };

    public static JsonObject Event(
        string id, string type, long created, JsonObject dataObject, JsonObject? previousAttributes, bool livemode,
        int pendingWebhooks, string? requestId, string? idempotencyKey)
    {
        var data = new JsonObject { ["object"] = dataObject.DeepClone() };
        if (previousAttributes is not null) data["previous_attributes"] = previousAttributes;
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            // Stripe.net's EventUtility refuses events of another API release than the one it pins.
            ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
            ["created"] = created,
            ["data"] = data,
            ["livemode"] = livemode,
            ["pending_webhooks"] = pendingWebhooks,
            ["request"] = new JsonObject { ["id"] = requestId, ["idempotency_key"] = idempotencyKey },
            ["type"] = type,
        };
    }

    private static JsonObject PaymentMethodDetails(PaymentMethodUsed method, long amount, PayerDetails payer) => method switch
    {
        CardUsed card => new JsonObject
        {
            ["card"] = new JsonObject
            {
                ["amount_authorized"] = amount,
                ["brand"] = card.Card.Brand,
                ["checks"] = CardChecks(payer),
                ["country"] = "US",
                ["exp_month"] = card.ExpMonth,
                ["exp_year"] = card.ExpYear,
                ["extended_authorization"] = new JsonObject { ["status"] = "disabled" },
                ["fingerprint"] = FingerprintOf(card.Card.Number),
                ["funding"] = card.Card.Funding,
                ["incremental_authorization"] = new JsonObject { ["status"] = "unavailable" },
                ["installments"] = null,
                ["last4"] = card.Card.Last4,
                ["mandate"] = null,
                ["multicapture"] = new JsonObject { ["status"] = "unavailable" },
                ["network"] = card.Card.Brand,
                ["network_token"] = new JsonObject { ["used"] = false },
                ["overcapture"] = new JsonObject { ["maximum_amount_capturable"] = amount, ["status"] = "unavailable" },
                ["three_d_secure"] = card.Authenticated
                    ? new JsonObject
                    {
                        ["authentication_flow"] = "challenge",
                        ["electronic_commerce_indicator"] = "05",
                        ["exemption_indicator"] = null,
                        ["result"] = "authenticated",
                        ["result_reason"] = null,
                        ["transaction_id"] = Guid.NewGuid().ToString(),
                        ["version"] = "2.2.0",
                    }
                    : null,
                ["wallet"] = null,
                ["authorization_code"] = null,
                ["regulated_status"] = "unregulated",
                ["network_transaction_id"] = StripeIds.Random(15),
                ["transaction_link_id"] = null,
            },
            ["type"] = "card",
        },
        BankAccountUsed => new JsonObject
        {
            ["type"] = "us_bank_account",
            ["us_bank_account"] = new JsonObject
            {
                ["account_holder_type"] = "individual",
                ["account_type"] = "checking",
                ["bank_name"] = "STRIPE TEST BANK",
                ["fingerprint"] = FingerprintOf("000123456789"),
                ["last4"] = "6789",
                ["routing_number"] = "110000000",
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static JsonObject PaymentMethodOptions(IEnumerable<string> types)
    {
        var options = new JsonObject();
        foreach (var type in types)
        {
            options[type] = type switch
            {
                "card" => new JsonObject { ["request_three_d_secure"] = "automatic" },
                "us_bank_account" => new JsonObject
                {
                    ["financial_connections"] = new JsonObject { ["permissions"] = new JsonArray("payment_method"), ["prefetch"] = new JsonArray() },
                    ["verification_method"] = "automatic",
                },
                _ => new JsonObject(),
            };
        }
        return options;
    }

    private static JsonObject Evidence()
    {
        string[] fields =
        [
            "access_activity_log", "billing_address", "cancellation_policy", "cancellation_policy_disclosure",
            "cancellation_rebuttal", "customer_communication", "customer_email_address", "customer_name",
            "customer_purchase_ip", "customer_signature", "duplicate_charge_documentation", "duplicate_charge_explanation",
            "duplicate_charge_id", "product_description", "receipt", "refund_policy", "refund_policy_disclosure",
            "refund_refusal_explanation", "service_date", "service_documentation", "shipping_address", "shipping_carrier",
            "shipping_date", "shipping_documentation", "shipping_tracking_number", "uncategorized_file", "uncategorized_text",
        ];
        var evidence = new JsonObject();
        foreach (var field in fields) evidence[field] = null;
        evidence["enhanced_evidence"] = new JsonObject();
        return evidence;
    }

    private static JsonObject BillingDetails(PayerDetails payer) => new()
    {
        ["address"] = Address(payer.Country, payer.PostalCode),
        ["email"] = string.IsNullOrEmpty(payer.Email) ? null : payer.Email,
        ["name"] = string.IsNullOrEmpty(payer.Name) ? null : payer.Name,
        ["phone"] = null,
        ["tax_id"] = null,
    };

    private static JsonObject CardChecks(PayerDetails payer) => new()
    {
        ["address_line1_check"] = null,
        ["address_postal_code_check"] = string.IsNullOrEmpty(payer.PostalCode) ? null : "pass",
        ["cvc_check"] = "pass",
    };

    private static JsonObject Address(string? country, string? postalCode) => new()
    {
        ["city"] = null,
        ["country"] = string.IsNullOrEmpty(country) ? null : country,
        ["line1"] = null,
        ["line2"] = null,
        ["postal_code"] = string.IsNullOrEmpty(postalCode) ? null : postalCode,
        ["state"] = null,
    };

    private static JsonObject Map(IReadOnlyDictionary<string, string> values)
    {
        var map = new JsonObject();
        foreach (var (key, value) in values) map[key] = value;
        return map;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    // The same card always gets the same fingerprint, as on Stripe.
    private static string FingerprintOf(string number) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(number)))
            .Replace("+", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal)[..16];
}
