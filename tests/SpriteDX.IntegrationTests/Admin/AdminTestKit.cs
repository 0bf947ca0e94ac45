using System.Net;
using System.Text.RegularExpressions;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>The bootstrap admin using the admin pages through their forms, as a browser would.</summary>
internal sealed partial class AdminConsole(TestBrowser browser) : IDisposable
{
    public const string Email = SpriteDxApp.AdminEmail;

    public TestBrowser Browser => browser;

    /// <summary>Signs up as the bootstrap admin on the app's first call, signs in on later ones.</summary>
    public static async Task<AdminConsole> SignInAsync(SpriteDxApp app)
    {
        var browser = app.NewBrowser();
        var signedUp = await browser.SignUpAsync(Email);
        if (signedUp.Status != HttpStatusCode.Redirect)
            (await browser.LogInAsync(Email)).Status.Should().Be(HttpStatusCode.Redirect);
        return new AdminConsole(browser);
    }

    public Task<TestBrowser.Page> AccountPageAsync(Guid accountId) => browser.GetAsync($"/admin/accounts/{accountId}");

    public Task<TestBrowser.Page> SetFlagAsync(Guid accountId, string flag, bool on, string? reason = "Checked with the team", bool confirm = true)
    {
        var fields = new Dictionary<string, string> { ["flag"] = flag, ["on"] = on ? "true" : "false" };
        if (reason is not null)
            fields["reason"] = reason;
        if (confirm)
            fields["confirm"] = "true";
        return browser.SubmitFormAsync($"/admin/accounts/{accountId}", fields, $"/admin/accounts/{accountId}?handler=Flag");
    }

    /// <summary>The credits form exactly as the account page renders it (its idempotency key included), with the admin's input.</summary>
    public async Task<Dictionary<string, string>> CreditsFormAsync(Guid accountId, string amount, string? reason = "Contest prize")
    {
        var page = await AccountPageAsync(accountId);
        page.Status.Should().Be(HttpStatusCode.OK);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            ["adjustmentKey"] = AdjustmentKey().Match(page.Html).Groups[1].Value,
            ["amount"] = amount,
        };
        if (reason is not null)
            fields["reason"] = reason;
        return fields;
    }

    public Task<TestBrowser.Page> PostCreditsAsync(Guid accountId, IDictionary<string, string> form) =>
        browser.PostAsync($"/admin/accounts/{accountId}?handler=Credits", form);

    public async Task<TestBrowser.Page> AdjustCreditsAsync(Guid accountId, string amount, string? reason = "Contest prize") =>
        await PostCreditsAsync(accountId, await CreditsFormAsync(accountId, amount, reason));

    /// <summary>The audit actions a page lists, newest first.</summary>
    public async Task<IReadOnlyList<string>> AuditActionsAsync(string url) =>
        AuditAction().Matches((await browser.GetAsync(url)).Html).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> FlagBadges(string html) => FlagBadge().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public void Dispose() => browser.Dispose();

    [GeneratedRegex("""name="adjustmentKey" value="([0-9a-f-]+)""")]
    private static partial Regex AdjustmentKey();

    [GeneratedRegex("""data-audit-action="([a-z_.]+)""")]
    private static partial Regex AuditAction();

    [GeneratedRegex("""data-flag-badge="([a-z_]+)""")]
    private static partial Regex FlagBadge();
}
