using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>
/// Debian's chromium, driven by Playwright (its own browser download cannot run here). Outside CI a
/// machine without chromium skips these tests with the reason; in CI (CI=true) they are required.
/// </summary>
internal static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where screenshots of each step are kept: artifacts/browser-screenshots at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "browser-screenshots");

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{ChromiumPath} is missing; .ci/run installs Debian's chromium before the tests.");
            Assert.Ignore($"Browser tests need Debian's chromium at {ChromiumPath} (apt-get install chromium).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, name);
    }

    public static async Task<IPage> NewPageAsync(IBrowser browser, SpriteDxApp app, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Registers through the real form; the bonus in the header proves the account is ready.</summary>
    public static async Task SignUpAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestBrowser.Password);
        await page.GetByLabel("Confirm password").FillAsync(TestBrowser.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-credit-balance]")).ToHaveTextAsync("100");
    }

    /// <summary>Fills the emulator's hosted checkout page with a test card, as a person types it; the caller presses Pay.</summary>
    public static async Task FillCardAsync(IPage page, string card)
    {
        await page.GetByLabel("Card number").FillAsync(card);
        await page.GetByLabel("Expiration (MM / YY)").FillAsync("12 / 34");
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByLabel("Cardholder name").FillAsync("Pixel Person");
        await page.GetByLabel("ZIP / Postal code").FillAsync("12345");
    }

    /// <summary>Fills and sends the log in form already open on the page (the login page, or where a page sent a visitor).</summary>
    public static async Task FillLogInAsync(IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestBrowser.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    /// <summary>Signs in through the login page.</summary>
    public static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await FillLogInAsync(page, email);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
