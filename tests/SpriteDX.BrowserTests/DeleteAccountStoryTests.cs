using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>A customer deletes their account from the account page, and later signs up again with the same address.</summary>
[NonParallelizable]
public sealed class DeleteAccountStoryTests : BrowserFixture
{
    [Test]
    public async Task A_customer_deletes_their_account_and_signs_up_again_without_a_second_bonus()
    {
        var email = $"leaving-{Guid.NewGuid():n}@example.com";
        var person = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(person, email);
        var phone = await NewPageAsync(390, 844);
        await BrowserSession.LogInAsync(phone, email);
        await phone.GotoAsync("/Identity/Account/Manage/Delete");
        await BrowserSession.ScreenshotAsync(phone, "50-delete-account-mobile");

        await person.GotoAsync("/Identity/Account/Manage");
        await person.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "Delete account" }).ClickAsync();
        await person.GetByLabel("Your password").FillAsync("not-my-password-1");
        await person.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(person.GetByText("That is not your password. Nothing was deleted.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(person, "51-delete-account-wrong-password");

        await person.GetByLabel("Your password").FillAsync(TestBrowser.Password);
        await person.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(person.GetByText("Your account is deleted.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(person, "52-account-deleted");
        await phone.ReloadAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/Identity/Account/Login"));

        await person.GotoAsync("/Identity/Account/Register");
        await Expect(person.GetByText("the free credits are once per e-mail address")).ToBeVisibleAsync();
        await person.GetByLabel("Email").FillAsync(email);
        await person.GetByLabel("Password", new() { Exact = true }).FillAsync(TestBrowser.Password);
        await person.GetByLabel("Confirm password").FillAsync(TestBrowser.Password);
        await person.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(person.GetByText("Welcome back to SpriteDX!")).ToBeVisibleAsync();
        await Expect(person.Locator("[data-credit-balance]")).ToHaveTextAsync("0");
        await BrowserSession.ScreenshotAsync(person, "53-welcome-back-without-bonus");
    }
}
