using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>
/// Money as a person meets it: a refund asked for on a receipt, test credits leaving with test mode, and a saved card
/// topping the balance up automatically.
/// </summary>
[NonParallelizable]
public sealed class MoneyStoryTests : BrowserFixture
{
    [Test]
    public async Task A_buyer_refunds_their_last_purchase_from_its_receipt_and_sees_the_credits_gone()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, $"refunder-{Guid.NewGuid():n}@example.com");
        await page.GotoAsync("/billing/buy");
        await page.Locator("form[data-pack-id='pack-500']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/stripe-emulator/"));
        await PayAsync(page, "Pay $5.00");
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("600");

        await page.GotoAsync("/billing");
        await page.Locator("[data-purchases] tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "Receipt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receipt" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Refund $5.00" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refund this purchase?" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-refund-credits]")).ToHaveTextAsync("500");
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("600"); // nothing moves before the confirmation
        await BrowserSession.ScreenshotAsync(page, "54-refund-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, refund $5.00" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receipt" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("100");
        await ReloadUntilVisibleAsync(page, page.Locator("[data-refund-state='refunded']"));
        await Expect(page.Locator("[data-refund-state='refunded']")).ToContainTextAsync("the 500 credits were taken back");
        await BrowserSession.ScreenshotAsync(page, "55-receipt-refunded-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Usage and Billing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Usage and Billing" })).ToBeVisibleAsync();
        await ReloadUntilVisibleAsync(page, page.Locator("[data-ledger-kind='refund']"));
        var kinds = await page.Locator("[data-ledger-kind]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ledgerKind)");
        kinds.Should().Equal("refund", "refund_hold", "purchase", "signup_bonus");
        await Expect(page.Locator("[data-purchases] tbody tr").First).ToHaveAttributeAsync("data-purchase-status", "refunded");
        await BrowserSession.ScreenshotAsync(page, "56-billing-refunded-desktop");

        await page.SetViewportSizeAsync(375, 812);
        (await FitsSidewaysAsync(page)).Should().BeTrue("Usage and Billing on a phone");
        await BrowserSession.ScreenshotAsync(page, "57-billing-refunded-mobile");
        await page.GoBackAsync();
        await Expect(page.Locator("[data-refund-state='refunded']")).ToBeVisibleAsync();
        (await FitsSidewaysAsync(page)).Should().BeTrue("the receipt on a phone");
        await BrowserSession.ScreenshotAsync(page, "58-receipt-refunded-mobile");
    }

    [Test]
    public async Task A_test_billing_account_buys_test_credits_and_leaving_test_mode_removes_them()
    {
        var customerEmail = $"sandbox-{Guid.NewGuid():n}@example.com";
        var customer = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(customer, customerEmail);
        var admin = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(admin, SpriteDxApp.AdminEmail);
        await admin.GotoAsync("/admin/accounts");
        await admin.GetByLabel("Search").FillAsync(customerEmail);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = customerEmail }).ClickAsync();
        await SetTestBillingAsync(admin, on: true);

        await customer.GotoAsync("/billing/buy");
        await customer.Locator("form[data-pack-id='pack-500']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(customer).ToHaveURLAsync(new Regex("/stripe-emulator/.*cs_test_"));
        await PayAsync(customer, "Pay $5.00");
        await Expect(customer.Locator("[data-credit-balance]")).ToHaveTextAsync("600");
        await Expect(customer.Locator("[data-credit-test-balance]")).ToHaveTextAsync("includes 500 test credits");

        await admin.ReloadAsync();
        await Expect(admin.Locator("[data-account-test-balance]")).ToHaveTextAsync("500 test credits");
        await Expect(admin.Locator("[data-account-revenue]")).ToHaveTextAsync("—"); // a test purchase is never revenue
        await BrowserSession.ScreenshotAsync(admin, "59-admin-account-test-credits");
        await SetTestBillingAsync(admin, on: false);

        await customer.GotoAsync("/billing");
        await ReloadUntilVisibleAsync(customer, customer.Locator("[data-ledger-kind='test_credits_removed']"));
        await Expect(customer.Locator("[data-ledger-kind='test_credits_removed']")).ToContainTextAsync("Test credits removed");
        await Expect(customer.Locator("[data-credit-balance]")).ToHaveTextAsync("100");
        await Expect(customer.Locator("[data-credit-test-balance]")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(customer, "60-billing-test-credits-removed");
    }

    [Test]
    public async Task A_buyer_saves_a_card_turns_on_automatic_top_up_and_generating_tops_the_balance_up()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, $"reloader-{Guid.NewGuid():n}@example.com");
        await page.GotoAsync("/billing/buy");
        var pack = page.Locator("form[data-pack-id='pack-500']");
        await pack.GetByLabel("Save this card for automatic top-ups").CheckAsync();
        await BrowserSession.ScreenshotAsync(page, "70-buy-save-card", fullPage: false);
        await pack.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/stripe-emulator/"));
        await PayAsync(page, "Pay $5.00");
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("600");

        await page.GotoAsync("/billing");
        await ReloadUntilVisibleAsync(page, page.Locator("[data-saved-card='4242']"));
        await BrowserSession.ScreenshotAsync(page, "71-billing-saved-card");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up automatic top-up" }).ClickAsync();
        await page.GetByLabel("When my balance falls below (credits)").FillAsync("595");
        await page.GetByLabel("Buy this pack").SelectOptionAsync("pack-500");
        await BrowserSession.ScreenshotAsync(page, "72-auto-top-up-settings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("[data-auto-top-up='on']")).ToContainTextAsync("below 595 credits");

        await page.GotoAsync("/");
        await page.GetByLabel("Describe your sprite").FillAsync("teal dragon with golden horns, 64px");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate · 10 credits" }).ClickAsync();
        await Expect(page.GetByAltText("Pixel-art sprite: teal dragon with golden horns, 64px")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync("/billing");
        await ReloadUntilVisibleAsync(page, page.Locator("[data-billing-balance]", new() { HasTextString = "1,090" }));
        var purchases = await page.Locator("[data-purchases] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.purchaseStatus)");
        purchases.Should().Equal("paid", "paid");
        await Expect(page.Locator("[data-auto-top-up='on']")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "73-billing-topped-up");
    }

    private async Task SetTestBillingAsync(IPage admin, bool on)
    {
        var form = admin.Locator("form[data-flag-form='test_billing']");
        await form.GetByLabel("Reason").FillAsync(on ? "Checks the sandbox before launch" : "Sandbox checks are done");
        await form.GetByRole(AriaRole.Checkbox).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = on ? "Turn on Test Billing Account" : "Turn off Test Billing Account" }).ClickAsync();
        await Expect(admin.Locator("[data-flag-state='test_billing']")).ToHaveTextAsync(on ? "On" : "Off");
    }

    private async Task PayAsync(IPage page, string button)
    {
        await BrowserSession.FillCardAsync(page, "4242 4242 4242 4242");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
    }

    private static Task<bool> FitsSidewaysAsync(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>Stripe's events settle a refund or a mode change after the page was drawn; the page is drawn again until it shows it (bounded).</summary>
    private async Task ReloadUntilVisibleAsync(IPage page, ILocator expected)
    {
        for (var attempt = 0; attempt < 40 && await expected.CountAsync() == 0; attempt++)
        {
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }

        await Expect(expected.First).ToBeVisibleAsync();
    }
}
