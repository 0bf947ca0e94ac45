using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>A new customer confirms their address from the mailbox and finds it confirmed on their account page.</summary>
[NonParallelizable]
public sealed class AccountStoryTests : BrowserFixture
{
    [Test]
    public async Task A_new_customer_confirms_their_address_from_the_mailbox_and_the_account_page_says_so()
    {
        var email = $"confirming-{Guid.NewGuid():n}@example.com";
        var person = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(person, email);

        await person.GetByRole(AriaRole.Button, new() { Name = "Account", Exact = true }).ClickAsync();
        await person.GetByRole(AriaRole.Menuitem, new() { Name = "Account", Exact = true }).ClickAsync();
        await Expect(person).ToHaveURLAsync(new Regex("/Identity/Account/Manage$"));
        await Expect(person.Locator("[data-email-status]")).ToHaveTextAsync("Not confirmed");
        await BrowserSession.ScreenshotAsync(person, "30-account-not-confirmed");

        var admin = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(admin, SpriteDxApp.AdminEmail);
        await admin.GotoAsync("/debug/mail");
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email })
            .GetByRole(AriaRole.Link, new() { Name = "Welcome to SpriteDX: confirm your e-mail address" }).ClickAsync();
        var button = admin.FrameLocator("iframe[data-mail-html]").GetByRole(AriaRole.Link, new() { Name = "Confirm my e-mail address" });
        await Expect(button).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(admin, "31-mailbox-welcome-message");
        var link = await button.GetAttributeAsync("href");

        await person.GotoAsync(link!);
        await Expect(person.GetByRole(AriaRole.Heading, new() { Name = "Your e-mail address is confirmed" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(person, "32-email-confirmed");
        await person.GetByRole(AriaRole.Link, new() { Name = "Go to my account" }).ClickAsync();
        await Expect(person.Locator("[data-email-status]")).ToHaveTextAsync("Confirmed");
        await BrowserSession.ScreenshotAsync(person, "33-account-confirmed");
    }

    [Test]
    public async Task The_account_pages_read_well_on_a_desktop_and_a_phone()
    {
        var email = $"tidy-{Guid.NewGuid():n}@example.com";
        var desktop = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(desktop, email);
        var phone = await NewPageAsync(390, 844);
        await BrowserSession.LogInAsync(phone, email);
        await Expect(phone.Locator("[data-credit-balance]")).ToHaveTextAsync("100");

        foreach (var (page, device) in new[] { (desktop, "desktop"), (phone, "mobile") })
        {
            await page.GotoAsync("/Identity/Account/Manage");
            await BrowserSession.ScreenshotAsync(page, $"34-account-overview-{device}");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "E-mail" }).ClickAsync();
            await BrowserSession.ScreenshotAsync(page, $"35-account-email-{device}");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "Password" }).ClickAsync();
            await page.GetByLabel("Current password").FillAsync("not-the-password-1");
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync("another-pass-42");
            await page.GetByLabel("Confirm new password").FillAsync("another-pass-42");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await Expect(page.GetByText("That is not your current password.")).ToBeVisibleAsync();
            await BrowserSession.ScreenshotAsync(page, $"36-account-password-error-{device}");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "Sessions" }).ClickAsync();
            await Expect(page.Locator("[data-session]")).ToHaveCountAsync(2);
            await BrowserSession.ScreenshotAsync(page, $"37-account-sessions-{device}");
        }

        await phone.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/Identity/Account/Login"));
        await desktop.ReloadAsync();
        await Expect(desktop).ToHaveURLAsync(new Regex("/Identity/Account/Login"));
    }
}
