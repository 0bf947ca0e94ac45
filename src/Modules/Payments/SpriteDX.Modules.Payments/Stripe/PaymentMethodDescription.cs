using Stripe;

namespace SpriteDX.Modules.Payments.Stripe;

/// <summary>"Visa •••• 4242": how a charge was paid, from its payment_method_details, for receipts.</summary>
internal static class PaymentMethodDescription
{
    public static string? Of(Charge? charge) => charge?.PaymentMethodDetails switch
    {
        { Card: { } card } => $"{Capitalize(card.Brand)} •••• {card.Last4}",
        { UsBankAccount: { } bank } => $"{bank.BankName ?? "Bank account"} •••• {bank.Last4}",
        { Type: { } type } => type,
        _ => null,
    };

    private static string Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? "Card" : char.ToUpperInvariant(text[0]) + text[1..];
}
