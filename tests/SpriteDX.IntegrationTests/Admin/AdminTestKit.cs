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

    /// <summary>The admin's input reviewed: the confirmation the page shows, as its fields (amount as the page read it).</summary>
    public async Task<Dictionary<string, string>> ConfirmationFormAsync(Guid accountId, string amount, string? reason = "Contest prize")
    {
        var review = await PostCreditsAsync(accountId, await CreditsFormAsync(accountId, amount, reason));
        review.Status.Should().Be(HttpStatusCode.OK);
        return ConfirmationFields(review) ?? throw new AssertionException($"No confirmation for '{amount}': {string.Join(" ", review.Errors())}");
    }

    /// <summary>Reviews the input and, when the page offers a confirmation, confirms it; otherwise returns the page with its errors.</summary>
    public async Task<TestBrowser.Page> AdjustCreditsAsync(Guid accountId, string amount, string? reason = "Contest prize")
    {
        var review = await PostCreditsAsync(accountId, await CreditsFormAsync(accountId, amount, reason));
        return ConfirmationFields(review) is { } confirmation ? await PostCreditsAsync(accountId, confirmation) : review;
    }

    /// <summary>The hidden fields of the confirmation's form, or null when the page shows none.</summary>
    public static Dictionary<string, string>? ConfirmationFields(TestBrowser.Page page)
    {
        var panel = ConfirmationPanel().Match(page.Html);
        if (!panel.Success)
            return null;
        var fields = HiddenInput().Matches(panel.Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["__RequestVerificationToken"] = page.AntiforgeryToken();
        return fields;
    }

    /// <summary>The amount the confirmation shows, as the admin reads it ("1,500").</summary>
    public static string? PendingCredits(TestBrowser.Page page) => PendingAmount().Match(page.Html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The audit actions a page lists, newest first.</summary>
    public async Task<IReadOnlyList<string>> AuditActionsAsync(string url) =>
        AuditAction().Matches((await browser.GetAsync(url)).Html).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> FlagBadges(string html) => FlagBadge().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public void Dispose() => browser.Dispose();

    [GeneratedRegex("""name="adjustmentKey" value="([0-9a-f-]+)""")]
    private static partial Regex AdjustmentKey();

    [GeneratedRegex("""(?s)data-credits-confirmation.*?</form>""")]
    private static partial Regex ConfirmationPanel();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)" />""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("""data-pending-credits>([^<]+)<""")]
    private static partial Regex PendingAmount();

    [GeneratedRegex("""data-audit-action="([a-z_.]+)""")]
    private static partial Regex AuditAction();

    [GeneratedRegex("""data-flag-badge="([a-z_]+)""")]
    private static partial Regex FlagBadge();
}
