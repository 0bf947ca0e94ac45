using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>A person who forgot their password gets back in through the e-mailed link (read here from the mailbox page).</summary>
[NonParallelizable]
public sealed class PasswordResetStoryTests : BrowserFixture
{
    private const string NewPassword = "fresh-sprites-7";

    [Test]
    public async Task A_person_who_forgot_their_password_resets_it_from_the_mailbox_and_signs_in()
    {
        var email = $"forgetful-{Guid.NewGuid():n}@example.com";
        await BrowserSession.SignUpAsync(await NewPageAsync(1440, 900), email);
        var person = await NewPageAsync(1440, 900);

        await person.GotoAsync("/Identity/Account/Login");
        await person.GetByRole(AriaRole.Link, new() { Name = "Forgot password?" }).ClickAsync();
        await person.GetByLabel("Email").FillAsync(email);
        await person.GetByRole(AriaRole.Button, new() { Name = "Send reset link" }).ClickAsync();
        await Expect(person.Locator("[data-reset-requested]")).ToContainTextAsync("is on its way");
        await BrowserSession.ScreenshotAsync(person, "20-forgot-password-sent");

        var admin = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(admin, SpriteDxApp.AdminEmail);
        await admin.GotoAsync("/admin/accounts");
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Mailbox" }).ClickAsync();
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email }).GetByRole(AriaRole.Link, new() { Name = "Reset your SpriteDX password" }).ClickAsync();
        var button = admin.FrameLocator("iframe[data-mail-html]").GetByRole(AriaRole.Link, new() { Name = "Choose a new password" });
        await Expect(button).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(admin, "21-mailbox-reset-message");
        var link = await button.GetAttributeAsync("href");

        await person.GotoAsync(link!);
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await person.GetByLabel("Confirm new password").FillAsync(NewPassword);
        await BrowserSession.ScreenshotAsync(person, "22-reset-password");
        await person.GetByRole(AriaRole.Button, new() { Name = "Set password and log in" }).ClickAsync();
        await Expect(person.Locator("[data-credit-balance]")).ToHaveTextAsync("100");

        var later = await NewPageAsync(1440, 900);
        await later.GotoAsync("/Identity/Account/Login");
        await later.GetByLabel("Email").FillAsync(email);
        await later.GetByLabel("Password").FillAsync(NewPassword);
        await later.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(later).ToHaveURLAsync(new Regex("/$"));
        await Expect(later.Locator("[data-credit-balance]")).ToHaveTextAsync("100");
    }
}
