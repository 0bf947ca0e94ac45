using Microsoft.Playwright;
using Microsoft.Playwright.NUnit;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>One real host per fixture (billing open to everyone) and a fresh chromium per test.</summary>
[NonParallelizable]
public abstract class BrowserFixture : PlaywrightTest
{
    private IBrowser _browser = null!;

    private protected SpriteDxApp App { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApp() => App = SpriteDxApp.Start([("Billing:Enabled", "true"), .. Settings]);

    /// <summary>What a fixture's story needs beyond the shared test defaults.</summary>
    private protected virtual (string Key, string? Value)[] Settings => [];

    [SetUp]
    public async Task OpenBrowser() => _browser = await BrowserSession.LaunchAsync(Playwright);

    [TearDown]
    public async Task CloseBrowser()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopApp() => await App.DisposeAsync();

    protected Task<IPage> NewPageAsync(int width, int height) => BrowserSession.NewPageAsync(_browser, App, width, height);
}
