namespace SpriteDX.Modules.Payments.Domain;

/// <summary>
/// The Stripe Customer of an account in one billing mode: a Test Billing Account has its own test-mode customer,
/// so a card saved in one mode is never charged in the other. One row per (account, mode) is the lock that lets
/// two checkouts started at once share one customer.
/// </summary>
internal sealed class StripeCustomer
{
    public Guid AccountId { get; init; }

    public BillingMode Mode { get; init; }

    public string CustomerId { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The card saved for automatic top-ups (the customer's newest), as Stripe last listed it; null when none is.</summary>
    public string? CardPaymentMethodId { get; set; }

    public string? CardBrand { get; set; }

    public string? CardLast4 { get; set; }

    public int? CardExpMonth { get; set; }

    public int? CardExpYear { get; set; }

    public SavedCard? Card => CardPaymentMethodId is null ? null
        : new SavedCard(CardPaymentMethodId, CustomerId, Mode, CardBrand ?? "card", CardLast4 ?? "????", CardExpMonth ?? 0, CardExpYear ?? 0);
}

/// <summary>A card saved to an account's Stripe customer in one mode: what Usage and Billing shows and a top-up charges.</summary>
internal sealed record SavedCard(string PaymentMethodId, string CustomerId, BillingMode Mode, string Brand, string Last4, int ExpMonth, int ExpYear)
{
    /// <summary>"Visa •••• 4242", as receipts name a card.</summary>
    public string Description => $"{(Brand.Length == 0 ? "Card" : char.ToUpperInvariant(Brand[0]) + Brand[1..])} •••• {Last4}";

    public string Expiry => $"{ExpMonth:00}/{ExpYear % 100:00}";
}
