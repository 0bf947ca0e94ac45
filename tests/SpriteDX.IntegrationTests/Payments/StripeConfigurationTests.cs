using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>No Stripe keys and the emulator switched off: billing says it is not set up, and nothing breaks.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class StripeConfigurationTests
{
    [Test]
    public async Task Without_keys_or_emulator_the_buy_page_says_billing_is_not_set_up_and_starts_nothing()
    {
        await using var app = SpriteDxApp.Start(("Billing:Enabled", "true"), ("Stripe:Emulator:Enabled", "false"));
        using var buyer = await Buyer.SignUpAsync(app);

        var page = await buyer.BuyPageAsync();
        var post = await buyer.SubmitPackAsync("pack-500");
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using var emulator = await http.GetAsync("/stripe-emulator/_emulator/events");

        page.Html.Should().Contain("Buying credits is not set up on this server yet").And.Contain("disabled>Buy for $5.00");
        post.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        emulator.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await buyer.PurchasesAsync()).Should().BeEmpty();
    }
}
