using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>
/// The bootstrap admin, with Admin:RequireTwoFactor on, is guided through adding SpriteDX to an authenticator app
/// (played here by an RFC 6238 computation from the key on the page) and signs in with a code afterwards.
/// </summary>
[NonParallelizable]
public sealed class TwoFactorStoryTests : BrowserFixture
{
    private protected override (string Key, string? Value)[] Settings => [("Admin:RequireTwoFactor", "true")];

    [Test]
    public async Task The_bootstrap_admin_sets_up_an_authenticator_app_before_the_admin_pages_and_signs_in_with_a_code()
    {
        var admin = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(admin, SpriteDxApp.AdminEmail);

        await Expect(admin).ToHaveURLAsync(new Regex("/Identity/Account/Manage/EnableAuthenticator"));
        await Expect(admin.Locator("[data-admin-two-factor-required]")).ToContainTextAsync("Admins sign in with two factors");
        await Expect(admin.GetByAltText("QR code that adds SpriteDX to an authenticator app")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-toast]")).ToHaveCountAsync(0, new() { Timeout = 10_000 }); // the welcome toasts fade first
        await BrowserSession.ScreenshotAsync(admin, "30-two-factor-setup");
        await admin.SetViewportSizeAsync(390, 844);
        await BrowserSession.ScreenshotAsync(admin, "31-two-factor-setup-mobile");
        await admin.SetViewportSizeAsync(1440, 900);

        var key = (await admin.Locator("[data-shared-key]").InnerTextAsync()).Replace(" ", "");
        await admin.GetByLabel("Six-digit code").FillAsync(Totp.Wrong(key));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(admin.Locator(".field-error")).ToContainTextAsync("That code does not match");
        await admin.GetByLabel("Six-digit code").FillAsync(Totp.Now(key));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Expect(admin.Locator("[data-recovery-codes] li")).ToHaveCountAsync(10);
        await BrowserSession.ScreenshotAsync(admin, "32-recovery-codes");
        await admin.GetByRole(AriaRole.Link, new() { Name = "I have saved them, continue" }).ClickAsync();
        await admin.GotoAsync("/admin/accounts");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Accounts" })).ToBeVisibleAsync();

        var later = await NewPageAsync(1440, 900);
        await later.GotoAsync("/admin/accounts");
        await BrowserSession.FillLogInAsync(later, SpriteDxApp.AdminEmail);
        await Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Enter your code" })).ToBeVisibleAsync();
        await later.GetByLabel("Six-digit code").FillAsync(Totp.Now(key));
        await BrowserSession.ScreenshotAsync(later, "33-login-with-code");
        await later.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(later).ToHaveURLAsync(new Regex("/admin/accounts$"));
        await Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Accounts" })).ToBeVisibleAsync();
    }
}
