using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>With `Billing:Enabled` false (the default), only Early Access accounts and admins may buy credits.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class EarlyAccessTests
{
    private const string AdminEmail = SpriteDxApp.AdminEmail; // SpriteDxApp's Admin:BootstrapEmails

    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Someone_without_early_access_sees_a_polite_note_and_cannot_start_a_checkout()
    {
        using var buyer = await Buyer.SignUpAsync(_app);

        var page = await buyer.BuyPageAsync();
        var post = await buyer.Browser.PostAsync("/billing/buy", new Dictionary<string, string>
        {
            ["packId"] = "pack-500", ["checkoutKey"] = Guid.NewGuid().ToString(), ["__RequestVerificationToken"] = page.AntiforgeryToken(),
        });

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("Billing is in early access").And.NotContain("data-credits=");
        post.Status.Should().Be(HttpStatusCode.Forbidden);
        post.Html.Should().Contain("Billing is in early access");
        (await buyer.Browser.GetAsync("/")).Html.Should().NotContain("Buy Credits");
        (await buyer.Browser.GetAsync("/billing")).Html.Should().NotContain("href=\"/billing/buy\"");
    }

    [Test]
    public async Task An_admin_has_early_access_and_can_buy()
    {
        using var browser = _app.NewBrowser();
        await browser.SignUpAsync(AdminEmail);

        var home = await browser.GetAsync("/");
        var buy = await browser.GetAsync("/billing/buy");

        home.Html.Should().Contain("href=\"/billing/buy\">Buy Credits</a>");
        buy.Html.Should().Contain("data-credits=\"500\"");
    }

    [Test]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var browser = _app.NewBrowser();

        var buy = await browser.GetAsync("/billing/buy");

        buy.Status.Should().Be(HttpStatusCode.Redirect);
        buy.RedirectedTo.Should().Contain("/Identity/Account/Login");
    }
}
