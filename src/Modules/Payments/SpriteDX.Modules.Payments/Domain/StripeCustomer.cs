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
}
