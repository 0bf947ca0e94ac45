using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>The main story, as a person walks it in a real browser.</summary>
[NonParallelizable]
public sealed class StoryTests : BrowserFixture
{
    [Test]
    public async Task A_visitor_signs_up_from_the_unlock_modal_and_generates_a_sprite()
    {
        var page = await NewPageAsync(1440, 900);

        await page.GotoAsync("/");
        await page.GetByLabel("Describe your sprite").FillAsync("teal dragon with golden horns, 64px");
        await Expect(page.Locator("[data-interpretation]")).ToContainTextAsync("SpriteDX will draw:");
        await Expect(page.Locator("[data-interpretation-summary]")).ToContainTextAsync("dragon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        var modal = page.GetByRole(AriaRole.Dialog, new() { Name = "Unlock Generation" });
        await Expect(modal).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "01-unlock-modal", fullPage: false);

        await page.Keyboard.PressAsync("Escape");
        await Expect(modal).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await modal.GetByRole(AriaRole.Link, new() { Name = "Sign up free" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Identity/Account/Register"));
        var email = $"story-{Guid.NewGuid():n}@example.com";
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestBrowser.Password);
        await page.GetByLabel("Confirm password").FillAsync(TestBrowser.Password);
        await BrowserSession.ScreenshotAsync(page, "02-register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByLabel("Describe your sprite")).ToHaveValueAsync("teal dragon with golden horns, 64px");
        await Expect(page.GetByText("You received 100 free credits")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("100");
        await BrowserSession.ScreenshotAsync(page, "03-back-with-prompt-and-bonus", fullPage: false);

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate · 10 credits" }).ClickAsync();
        var sprite = page.GetByAltText("Pixel-art sprite: teal dragon with golden horns, 64px");
        await Expect(sprite).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("90");
        (await sprite.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 512")).Should().BeTrue();
        await Expect(page.Locator(".sprite-card .sprite-player")).ToHaveCountAsync(1); // the idle animation plays over the still frame
        await page.Locator(".sprite-card .download-menu summary").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Frame data (Aseprite JSON, 4×)" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "04-sprite-generated");

        await page.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        var menu = page.GetByRole(AriaRole.Menu);
        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu.GetByText(email)).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "05-user-menu", fullPage: false);
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        await menu.GetByRole(AriaRole.Menuitem, new() { Name = "Usage and Billing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Usage and Billing" })).ToBeVisibleAsync();
        var kinds = await page.Locator("[data-ledger-kind]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ledgerKind)");
        kinds.Should().Equal("spend", "signup_bonus");
        await BrowserSession.ScreenshotAsync(page, "06-usage-and-billing");
    }

    [Test]
    public async Task A_person_buys_credits_through_checkout_and_a_declined_card_adds_nothing()
    {
        var page = await NewPageAsync(1440, 900);
        await SignUpAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Buy Credits" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/billing/buy"));
        await BrowserSession.ScreenshotAsync(page, "07-buy-credits");
        await page.Locator("form[data-pack-id='pack-1200']").GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/stripe-emulator/"));
        await BrowserSession.FillCardAsync(page, "4242 4242 4242 4242");
        await BrowserSession.ScreenshotAsync(page, "08-emulator-checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $10.00" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("1,300");
        await BrowserSession.ScreenshotAsync(page, "09-payment-received");
        await page.GotoAsync("/billing");
        await Expect(page.Locator("[data-ledger-kind='purchase']")).ToHaveCountAsync(1);
        await BrowserSession.ScreenshotAsync(page, "10-billing-with-purchase");

        await page.GotoAsync("/billing/buy");
        await page.Locator("form[data-pack-id='pack-500']").GetByRole(AriaRole.Button).ClickAsync();
        await BrowserSession.FillCardAsync(page, "4000 0000 0000 0002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $5.00" }).ClickAsync();
        await Expect(page.GetByText("Your card was declined.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "11-card-declined");

        await page.GotoAsync("/billing");
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("1,300");
        await Expect(page.Locator("[data-ledger-kind='purchase']")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task An_admin_makes_an_account_a_test_billing_account_and_its_next_checkout_is_in_test_mode()
    {
        var customer = await NewPageAsync(1440, 900);
        var customerEmail = $"tester-{Guid.NewGuid():n}@example.com";
        await BrowserSession.SignUpAsync(customer, customerEmail);
        var admin = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(admin, SpriteDxApp.AdminEmail);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        await admin.GetByRole(AriaRole.Menuitem, new() { Name = "Admin" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Accounts" })).ToBeVisibleAsync();
        await admin.GetByLabel("Search").FillAsync(customerEmail);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(admin, "12-admin-accounts");
        await admin.GetByRole(AriaRole.Link, new() { Name = customerEmail }).ClickAsync();

        var testBilling = admin.Locator("form[data-flag-form='test_billing']");
        await testBilling.GetByLabel("Reason").FillAsync("Checks the sandbox before launch");
        await testBilling.GetByRole(AriaRole.Checkbox).CheckAsync();
        await testBilling.GetByRole(AriaRole.Button, new() { Name = "Turn on Test Billing Account" }).ClickAsync();
        await Expect(admin.Locator("[data-flag-badge='test_billing']").First).ToHaveTextAsync("Test Billing Account");
        await BrowserSession.ScreenshotAsync(admin, "13-admin-account-test-billing");

        await customer.GotoAsync("/billing/buy");
        await customer.Locator("form[data-pack-id='pack-500']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(customer).ToHaveURLAsync(new Regex("/stripe-emulator/.*cs_test_"));
        await BrowserSession.ScreenshotAsync(customer, "14-test-mode-checkout");

        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Purchase debug" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Purchase debug" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(admin, "15-purchase-debug");
        await admin.SetViewportSizeAsync(375, 812);
        (await admin.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue();
        await BrowserSession.ScreenshotAsync(admin, "mobile-purchase-debug");
    }

    [Test]
    public async Task A_prompt_naming_nothing_known_disables_generate_and_suggests_subjects()
    {
        var page = await NewPageAsync(1440, 900);
        await page.GotoAsync("/");

        await page.GetByLabel("Describe your sprite").FillAsync("a shiny dargon");

        var interpretation = page.Locator("[data-interpretation]");
        await Expect(interpretation).ToContainTextAsync("does not recognise what to draw");
        await Expect(page.Locator("[data-generate-blocked]")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Generate" })).ToHaveAttributeAsync("aria-disabled", "true");
        await BrowserSession.ScreenshotAsync(page, "16-unrecognised-prompt", fullPage: false);

        await interpretation.GetByRole(AriaRole.Button, new() { Name = "dragon" }).ClickAsync();

        await Expect(page.GetByLabel("Describe your sprite")).ToHaveValueAsync("a shiny dragon");
        await Expect(page.Locator("[data-interpretation-summary]")).ToContainTextAsync("dragon");
        await Expect(page.Locator("[data-generate-blocked]")).ToBeHiddenAsync();
    }

    [TestCase("/", "home")]
    [TestCase("/Identity/Account/Login", "login")]
    [TestCase("/Identity/Account/Register", "register")]
    [TestCase("/no-such-page", "not-found")]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling(string path, string name)
    {
        var page = await NewPageAsync(375, 812);

        await page.GotoAsync(path);

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue();
        await BrowserSession.ScreenshotAsync(page, $"mobile-{name}");
    }

    [Test]
    public async Task Signed_in_pages_fit_a_phone_screen_too()
    {
        var page = await NewPageAsync(375, 812);
        await SignUpAsync(page);

        foreach (var (path, name) in new[] { ("/", "home-signed-in"), ("/billing", "billing"), ("/generations", "my-sprites"), ("/billing/buy", "buy-credits") })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue(path);
            await BrowserSession.ScreenshotAsync(page, $"mobile-{name}");
        }
    }

    private static Task SignUpAsync(IPage page) => BrowserSession.SignUpAsync(page, $"buyer-{Guid.NewGuid():n}@example.com");
}
