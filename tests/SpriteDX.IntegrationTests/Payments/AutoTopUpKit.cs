using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Automatic top-up driven as its owner would: the settings form, generations that spend, Usage and Billing.</summary>
internal static partial class AutoTopUpKit
{
    public const int GenerationCost = 10;

    /// <summary>Submits the automatic top-up form; each field as typed (null leaves it empty).</summary>
    public static async Task<TestBrowser.Page> SubmitAutoTopUpAsync(
        this Buyer buyer, string? threshold, string? packId = "pack-500", string? monthlyCap = null, bool enabled = true)
    {
        var page = await buyer.Browser.GetAsync("/billing/auto-top-up");
        page.Status.Should().Be(HttpStatusCode.OK, page.Html);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["enabled"] = enabled ? "true" : "false" };
        if (threshold is not null)
            fields["threshold"] = threshold;
        if (packId is not null)
            fields["packId"] = packId;
        if (monthlyCap is not null)
            fields["monthlyCap"] = monthlyCap;
        return await buyer.Browser.PostAsync("/billing/auto-top-up", fields);
    }

    public static async Task TurnOnAutoTopUpAsync(this Buyer buyer, long threshold, string packId = "pack-500", string? monthlyCap = null)
    {
        var saved = await buyer.SubmitAutoTopUpAsync(threshold.ToString(System.Globalization.CultureInfo.InvariantCulture), packId, monthlyCap);
        saved.Status.Should().Be(HttpStatusCode.Redirect, saved.Html);
        (await buyer.AutoTopUpStateAsync()).Should().Be("on");
    }

    /// <summary>"on", "off" or "paused", as the section on Usage and Billing says.</summary>
    public static async Task<string> AutoTopUpStateAsync(this Buyer buyer) =>
        AutoTopUpMark().Match((await buyer.Browser.GetAsync("/billing")).Html).Groups[1].Value;

    public static Task<string> AutoTopUpStateEventuallyAsync(this Buyer buyer, string expected) =>
        Buyer.EventuallyAsync(buyer.AutoTopUpStateAsync, expected, "automatic top-up's state");

    /// <summary>Asks for <paramref name="count"/> sprites at once, as that many tabs would, and waits until each has rendered.</summary>
    public static async Task GenerateAsync(this Buyer buyer, int count = 1)
    {
        var token = (await buyer.Browser.GetAsync("/")).AntiforgeryToken();
        var answers = await Task.WhenAll(Enumerable.Range(0, count).Select(i => buyer.Browser.PostGenerationAsync($"a tiny knight {i}", token)));
        foreach (var answer in answers)
        {
            var id = await answer.AcceptedIdAsync();
            await Polling.UntilAsync(async () => (await (await buyer.Browser.Client.GetAsync($"/api/generations/{id}")).JsonAsync())
                .GetProperty("status").GetString() == "succeeded", TimeSpan.FromSeconds(30), "the sprite to render");
        }
    }

    /// <summary>The account's top-ups as Payments keeps them, oldest first.</summary>
    public static Task<List<TopUp>> TopUpsAsync(this SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().TopUps.AsNoTracking()
            .Where(t => t.AccountId == accountId).OrderBy(t => t.CreatedAt).ToListAsync());

    public static async Task<TopUp> SettledTopUpAsync(this SpriteDxApp app, Guid accountId)
    {
        TopUp? settled = null;
        await Polling.UntilAsync(async () => (settled = (await app.TopUpsAsync(accountId)).LastOrDefault())?.SettledAt is not null,
            because: "the automatic top-up to settle");
        return settled!;
    }

    /// <summary>The payment intents of automatic top-ups Stripe holds for the customer (checkouts' own carry no top-up id).</summary>
    public static async Task<IReadOnlyList<JsonNode>> TopUpIntentsAsync(this StripeEmulatorDriver stripe, string customerId, SpriteDxApp app)
    {
        using var http = new HttpClient();
        var json = JsonNode.Parse(await http.GetStringAsync(
            $"{app.BaseAddress.ToString().TrimEnd('/')}{SpriteDX.StripeEmulator.StripeEmulatorDefaults.InProcessPathPrefix}/_emulator/payment_intents?customer={customerId}&limit=100"))!;
        return json["data"]!.AsArray().Select(n => n!).Where(n => n["metadata"]?["top_up_id"] is not null).ToList();
    }

    /// <summary>A buyer whose card is saved in the account's mode by a first purchase (500 credits, so 600 with the bonus).</summary>
    public static async Task<Buyer> BuyerWithSavedCardAsync(SpriteDxApp app, StripeEmulatorDriver stripe, bool testMode = false)
    {
        var buyer = await Buyer.SignUpAsync(app);
        if (testMode)
            await buyer.BecomeTestBillingAccountAsync();
        await buyer.BuySavingCardAsync(stripe);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await buyer.SavedCardEventuallyAsync("4242");
        return buyer;
    }

    /// <summary>A buyer with a first purchase (no card kept) and then <paramref name="card"/> saved as a setup flow saves it.</summary>
    public static async Task<Buyer> BuyerWithSetUpCardAsync(SpriteDxApp app, StripeEmulatorDriver stripe, string card)
    {
        var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync();
        await stripe.PaidAsync(session);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await stripe.SaveCardAsync(await stripe.CustomerIdAsync(buyer, livemode: true), card);
        await buyer.SavedCardEventuallyAsync(card[^4..]);
        return buyer;
    }

    [GeneratedRegex("data-auto-top-up=\"([a-z]+)\"")]
    private static partial Regex AutoTopUpMark();
}
