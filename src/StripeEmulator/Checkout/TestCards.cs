namespace SpriteDX.StripeEmulator.Checkout;

internal enum CardBehaviour { Succeeds, GenericDecline, InsufficientFunds, ExpiredCard, IncorrectCvc, RequiresAuthentication, NotATestCard }

internal sealed record TestCard(string Number, string Brand, string Funding, CardBehaviour Behaviour, string Description)
{
    public string Last4 => Number[^4..];

    public string Display => string.Join(' ', Enumerable.Range(0, (Number.Length + 3) / 4)
        .Select(i => Number.Substring(i * 4, Math.Min(4, Number.Length - i * 4))));
}

/// <summary>Stripe's published test card numbers and what each one does.</summary>
internal static class TestCards
{
    public static readonly IReadOnlyList<TestCard> All =
    [
        new("4242424242424242", "visa", "credit", CardBehaviour.Succeeds, "Succeeds"),
        new("4000000000000002", "visa", "credit", CardBehaviour.GenericDecline, "Declined (generic decline)"),
        new("4000000000009995", "visa", "credit", CardBehaviour.InsufficientFunds, "Declined (insufficient funds)"),
        new("4000002500003155", "visa", "credit", CardBehaviour.RequiresAuthentication, "Asks for 3-D Secure"),
        new("5555555555554444", "mastercard", "credit", CardBehaviour.Succeeds, "Succeeds (Mastercard)"),
        new("4000056655665556", "visa", "debit", CardBehaviour.Succeeds, "Succeeds (Visa debit)"),
        new("4000002760003184", "visa", "credit", CardBehaviour.RequiresAuthentication, "Always asks for 3-D Secure"),
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
