using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Stripe;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Stripe's test cards for saved cards charged off session (ADR 15).</summary>
internal static class SavedTestCards
{
    public const string AlwaysAuthenticate = "4000002760003184";
    public const string DeclinedWhenCharged = "4000000000000341";
    public const string InsufficientFunds = "4000000000009995";
}

/// <summary>Saving a card at checkout, seeing it on Usage and Billing, and saving one as a setup flow would.</summary>
internal static partial class SavedCardKit
{
    /// <summary>Buys a pack with "Save this card for automatic top-ups" ticked and pays with <paramref name="card"/>.</summary>
    public static async Task<string> BuySavingCardAsync(this Buyer buyer, StripeEmulatorDriver stripe, string packId = "pack-500", string card = TestCards.Visa)
    {
        var answer = await buyer.SubmitPackAsync(packId, new Dictionary<string, string> { ["saveCard"] = "true" });
        answer.Status.Should().Be(HttpStatusCode.SeeOther, answer.Html);
        var session = Buyer.SessionIdOf(answer.RedirectedTo!);
        await stripe.PaidAsync(session, card);
        return session;
    }

    /// <summary>The last 4 digits of the card Usage and Billing shows, or null when it shows none.</summary>
    public static async Task<string?> SavedCardAsync(this Buyer buyer)
    {
        var html = (await buyer.Browser.GetAsync("/billing")).Html;
        var match = SavedCardMark().Match(html);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static Task<string?> SavedCardEventuallyAsync(this Buyer buyer, string? last4) =>
        Buyer.EventuallyAsync(buyer.SavedCardAsync, last4, "the saved card shown");

    public static async Task<string> CustomerIdAsync(this StripeEmulatorDriver stripe, Buyer buyer, bool livemode) =>
        (await stripe.Client(livemode).V1.Customers.ListAsync(new CustomerListOptions { Email = buyer.Email })).Data.Single().Id;

    /// <summary>Saves a card to the customer as a setup flow would (no payment): the way to save cards a checkout cannot.</summary>
    public static async Task<string> SaveCardAsync(this StripeEmulatorDriver stripe, string customerId, string card)
    {
        using var response = await stripe.PostAsync($"customers/{customerId}/payment_methods", [("card", card)]);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return (string)JsonNode.Parse(body)!["id"]!;
    }

    [GeneratedRegex("data-saved-card=\"([0-9]{4})\"")]
    private static partial Regex SavedCardMark();
}
