using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpriteDX.BrowserTests;

/// <summary>A customer takes their data away: account page → Your data → prepare → the page updates itself → download.</summary>
[NonParallelizable]
public sealed class DataExportStoryTests : BrowserFixture
{
    [Test]
    public async Task A_customer_prepares_their_data_and_downloads_the_zip_on_a_desktop_and_a_phone()
    {
        var email = $"leaving-with-data-{Guid.NewGuid():n}@example.com";
        var desktop = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(desktop, email);
        var phone = await NewPageAsync(390, 844);
        await BrowserSession.LogInAsync(phone, email);
        await Expect(phone.Locator("[data-credit-balance]")).ToHaveTextAsync("100");

        await desktop.GotoAsync("/Identity/Account/Manage");
        await desktop.GetByRole(AriaRole.Navigation, new() { Name = "Account sections" }).GetByRole(AriaRole.Link, new() { Name = "Your data" }).ClickAsync();
        await Expect(desktop).ToHaveURLAsync(new Regex("/Identity/Account/Manage/Data$"));
        await BrowserSession.ScreenshotAsync(desktop, "60-your-data-desktop");
        await desktop.GetByRole(AriaRole.Button, new() { Name = "Prepare my data" }).ClickAsync();

        // Whether it is still preparing when the page comes back or already ready, the page ends on the download.
        var download = desktop.GetByRole(AriaRole.Link, new() { Name = "Download ZIP" });
        await Expect(download).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(desktop.Locator("[data-export-expires]")).ToContainTextAsync("UTC");
        await BrowserSession.ScreenshotAsync(desktop, "61-your-data-ready-desktop");

        var saved = await desktop.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        saved.SuggestedFilename.Should().MatchRegex(@"^spritedx-data-\d{4}-\d{2}-\d{2}\.zip$");
        using (var zip = ZipFile.OpenRead(await saved.PathAsync()))
            zip.Entries.Select(e => e.FullName).Should().Contain(["README.txt", "account/account.json", "credits/ledger.json", "payments/purchases.json", "generation/generations.json"]);

        await phone.GotoAsync("/Identity/Account/Manage/Data");
        await Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Download ZIP" })).ToBeVisibleAsync();
        await Expect(phone.Locator("[data-export-next]")).ToContainTextAsync("You can prepare a new archive from");
        await BrowserSession.ScreenshotAsync(phone, "62-your-data-ready-mobile");
    }
}
