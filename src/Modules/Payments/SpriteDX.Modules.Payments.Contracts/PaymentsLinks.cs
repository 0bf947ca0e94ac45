namespace SpriteDX.Modules.Payments.Contracts;

/// <summary>Payments' pages and endpoints that other modules and the Host point at; the routes are Payments' to change.</summary>
public static class PaymentsLinks
{
    public const string BuyCredits = "/billing/buy";

    /// <summary>The receipt of a purchase, by the id <see cref="PurchaseCompleted"/> carries.</summary>
    public static string Receipt(Guid purchaseId) => $"/billing/receipts/{purchaseId}";

    /// <summary>The confirmation step that removes the saved card of the account's current billing mode.</summary>
    public const string RemoveSavedCard = "/billing/card/remove";

    /// <summary>Automatic top-up's settings: threshold, pack, monthly cap.</summary>
    public const string AutoTopUp = "/billing/auto-top-up";

    /// <summary>Where Stripe (or the emulator the Host runs in-process) posts events.</summary>
    public const string StripeWebhook = "/stripe/webhook";
}
