using SpriteDX.StripeEmulator.Api;

namespace SpriteDX.StripeEmulator.Checkout;

internal enum CardBehaviour
{
    Succeeds, GenericDecline, InsufficientFunds, ExpiredCard, IncorrectCvc, DeclinesAfterAttaching,
    RequiresAuthenticationUnlessSetUp, AlwaysRequiresAuthentication, NotATestCard,
}

internal sealed record TestCard(string Number, string Brand, string Funding, CardBehaviour Behaviour, string Description)
{
    public string Last4 => Number[^4..];

    public string Display => string.Join(' ', Enumerable.Range(0, (Number.Length + 3) / 4)
        .Select(i => Number.Substring(i * 4, Math.Min(4, Number.Length - i * 4))));

    /// <summary>Whether a payment with the customer present goes through 3-D Secure first.</summary>
    public bool AsksForThreeDSecure => Behaviour is CardBehaviour.RequiresAuthenticationUnlessSetUp or CardBehaviour.AlwaysRequiresAuthentication;

    /// <summary>
    /// Whether a payment without the customer is refused for want of authentication: always for the card that always
    /// asks, and for the card that asks unless set up when it was not saved for off-session use.
    /// </summary>
    public bool NeedsAuthenticationOffSession(string? savedFor) => Behaviour == CardBehaviour.AlwaysRequiresAuthentication ||
        (Behaviour == CardBehaviour.RequiresAuthenticationUnlessSetUp && savedFor != "off_session");
}

/// <summary>Stripe's published test card numbers and what each one does.</summary>
internal static class TestCards
{
    public static readonly IReadOnlyList<TestCard> All =
    [
        new("4242424242424242", "visa", "credit", CardBehaviour.Succeeds, "Succeeds"),
        new("4000000000000002", "visa", "credit", CardBehaviour.GenericDecline, "Declined (generic decline)"),
        new("4000000000009995", "visa", "credit", CardBehaviour.InsufficientFunds, "Declined (insufficient funds)"),
        new("4000002500003155", "visa", "credit", CardBehaviour.RequiresAuthenticationUnlessSetUp, "Asks for 3-D Secure"),
        new("5555555555554444", "mastercard", "credit", CardBehaviour.Succeeds, "Succeeds (Mastercard)"),
        new("4000056655665556", "visa", "debit", CardBehaviour.Succeeds, "Succeeds (Visa debit)"),
        new("4000002760003184", "visa", "credit", CardBehaviour.AlwaysRequiresAuthentication, "Always asks for 3-D Secure"),
        new("4000000000000341", "visa", "credit", CardBehaviour.DeclinesAfterAttaching, "Saves, then every charge is declined"),
        new("4000000000000069", "visa", "credit", CardBehaviour.ExpiredCard, "Declined (expired card)"),
        new("4000000000000127", "visa", "credit", CardBehaviour.IncorrectCvc, "Declined (incorrect CVC)"),
    ];

    /// <summary>The test card, or a stand-in that declines as Stripe's test mode does for real numbers.</summary>
    public static TestCard Lookup(string digits) =>
        All.FirstOrDefault(c => c.Number == digits)
        ?? new TestCard(digits, BrandOf(digits), "credit", CardBehaviour.NotATestCard, "Not a test card");

    public static string Digits(string? input) => new((input ?? "").Where(char.IsAsciiDigit).ToArray());

    public static bool PassesLuhn(string digits)
    {
        if (digits.Length is < 12 or > 19) return false;
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled && (d *= 2) > 9) d -= 9;
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static string BrandOf(string digits) => digits switch
    {
        ['4', ..] => "visa",
        ['5', ..] => "mastercard",
        ['3', '4' or '7', ..] => "amex",
        _ => "unknown",
    };
}

/// <summary>The card errors Stripe's test cards meet, with Stripe's codes and messages.</summary>
internal static class CardDeclines
{
    /// <summary>The issuer's answer to a charge on the card; null when it approves.</summary>
    public static StripeApiException? Charge(TestCard card) => card.Behaviour switch
    {
        CardBehaviour.NotATestCard => StripeApiException.CardDeclined(
            "Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, see the emulator's checkout page.",
            "card_declined", "test_mode_live_card"),
        CardBehaviour.GenericDecline or CardBehaviour.DeclinesAfterAttaching =>
            StripeApiException.CardDeclined("Your card was declined.", "card_declined", "generic_decline"),
        CardBehaviour.InsufficientFunds => StripeApiException.CardDeclined("Your card has insufficient funds.", "card_declined", "insufficient_funds"),
        CardBehaviour.ExpiredCard => StripeApiException.CardDeclined("Your card has expired.", "expired_card", "expired_card", "exp_month"),
        CardBehaviour.IncorrectCvc => StripeApiException.CardDeclined("Your card's security code is incorrect.", "incorrect_cvc", "incorrect_cvc", "cvc"),
        _ => null,
    };

    /// <summary>Saving a card checks it without charging it, so a card that only fails when charged is saved.</summary>
    public static StripeApiException? Setup(TestCard card) =>
        card.Behaviour is CardBehaviour.InsufficientFunds or CardBehaviour.DeclinesAfterAttaching ? null : Charge(card);

    /// <param name="code"><c>payment_intent_authentication_failure</c> or <c>setup_intent_authentication_failure</c>.</param>
    public static StripeApiException AuthenticationFailed(string code) => StripeApiException.CardDeclined(
        "We are unable to authenticate your payment method. Please choose a different payment method and try again.", code, null);

    public static StripeApiException AuthenticationRequired() => StripeApiException.CardDeclined(
        "Your card was declined. This transaction requires authentication.", "authentication_required", "authentication_required");
}
