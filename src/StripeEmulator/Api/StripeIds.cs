using System.Security.Cryptography;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>Identifiers in Stripe's shapes (<c>cs_test_a1…</c>, <c>pi_3…</c>, <c>evt_1…</c>).</summary>
internal static class StripeIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Random(int length) => new(RandomNumberGenerator.GetItems<char>(Alphabet, length));

    public static string CheckoutSession(bool livemode) => (livemode ? "cs_live_a1" : "cs_test_a1") + Random(58);

    /// <summary>A payment intent and its charge share their suffix, as Stripe's do.</summary>
    public static string PaymentSuffix() => "3" + Random(23);

    public static string Event() => "evt_1" + Random(23);
    public static string PaymentMethod() => "pm_1" + Random(23);
    public static string Refund() => "re_3" + Random(23);
    public static string Dispute() => "dp_1" + Random(23);
    public static string BalanceTransaction() => "txn_1" + Random(23);
    public static string Request() => "req_" + Random(14);
    public static string LineItem() => "li_1" + Random(23);
    public static string Price() => "price_1" + Random(23);
    public static string Product() => "prod_" + Random(14);
    public static string Fingerprint() => Random(16);
    public static string Customer() => "cus_" + Random(14);

    /// <summary>Eight characters Stripe puts before a customer's invoice numbers.</summary>
    public static string InvoicePrefix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
}
