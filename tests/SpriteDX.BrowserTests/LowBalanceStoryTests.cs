using Microsoft.Playwright;

namespace SpriteDX.BrowserTests;

/// <summary>The low-balance alert as a person meets it: set on Usage and Billing, told in the page where a generation crossed it.</summary>
[NonParallelizable]
public sealed class LowBalanceStoryTests : BrowserFixture
{
    [Test]
    public async Task A_customer_sets_a_low_balance_alert_and_is_told_once_when_a_generation_crosses_it()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, $"watcher-{Guid.NewGuid():n}@example.com");
        await page.GotoAsync("/billing");
        var threshold = page.GetByLabel("Alert me when my balance falls below");
        await threshold.FillAsync("1,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on alert" }).ClickAsync();
        await Expect(page.Locator("[data-low-balance-error]")).ToContainTextAsync("digits only");
        await threshold.FillAsync("95");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on alert" }).ClickAsync();
        await Expect(page.Locator("[data-low-balance-state]")).ToHaveTextAsync("On");
        await BrowserSession.ScreenshotAsync(page, "59-low-balance-alert-on");

        await page.GotoAsync("/");
        await page.GetByLabel("Describe your sprite").FillAsync("a red dragon");
        await page.Locator("[data-generate]").ClickAsync();

        var notice = page.Locator("[data-low-balance-notice]");
        await Expect(notice).ToContainTextAsync("Your balance is under 95 credits: 90 left.");
        await Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("90");
        await BrowserSession.ScreenshotAsync(page, "60-low-balance-notice", fullPage: false);
        await notice.GetByRole(AriaRole.Link, new() { Name = "change the alert" }).ClickAsync();

        await Expect(page.Locator("[data-low-balance-state]")).ToHaveTextAsync("Below");
        await Expect(page.Locator("[data-low-balance-notice]")).ToHaveCountAsync(0); // told once, in the page where it happened
        await page.SetViewportSizeAsync(375, 812);
        await BrowserSession.ScreenshotAsync(page, "61-low-balance-alert-below-mobile");
    }
}
