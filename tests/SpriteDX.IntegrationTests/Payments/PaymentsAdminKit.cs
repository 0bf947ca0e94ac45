using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>
/// Stripe's API failing for the app while <see cref="IsDown"/>: every request Stripe.net sends answers 503
/// with Stripe's error shape. Only the app's Stripe client is affected, not the emulator's control API.
/// </summary>
internal sealed class StripeOutage
{
    public const string Message = "Stripe is having an outage (test)";

    private volatile bool _down;

    public bool IsDown
    {
        get => _down;
        set => _down = value;
    }

    public void AddTo(IServiceCollection services) =>
        services.AddHttpClient(StripeClients.HttpClientName).AddHttpMessageHandler(() => new FailWhileDown(this));

    private sealed class FailWhileDown(StripeOutage outage) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            outage.IsDown
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                {
                    Content = new StringContent($$$"""{"error":{"type":"api_error","message":"{{{Message}}}"}}""", Encoding.UTF8, "application/json"),
                })
                : base.SendAsync(request, cancellationToken);
    }
}

/// <summary>The admin and debug pages as tests read them.</summary>
internal static partial class AdminPages
{
    public const string AdminEmail = SpriteDxApp.AdminEmail;

    /// <summary>The bootstrap admin (Admin:BootstrapEmails), signed up in a fresh browser.</summary>
    public static async Task<Buyer> SignUpAdminAsync(SpriteDxApp app)
    {
        var browser = app.NewBrowser();
        (await browser.SignUpAsync(AdminEmail)).Status.Should().Be(HttpStatusCode.Redirect);
        return new Buyer(app, browser, AdminEmail, await app.AccountIdAsync(AdminEmail));
    }

    /// <summary>
    /// What each kind of visitor gets at an admins-only page: the login page for a visitor, the Access Denied
    /// page (403) for a signed-in non-admin.
    /// </summary>
    public static async Task ShouldBeDeniedToAsync(TestBrowser anonymous, TestBrowser player, string url)
    {
        var visitor = await anonymous.GetAsync(url);
        visitor.Status.Should().Be(HttpStatusCode.Redirect);
        visitor.RedirectedTo.Should().Contain("/Identity/Account/Login");

        var denied = await player.GetAsync(url);
        denied.Status.Should().Be(HttpStatusCode.Redirect);
        denied.RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
        var accessDenied = await player.GetAsync(denied.RedirectedTo!);
        accessDenied.Status.Should().Be(HttpStatusCode.Forbidden);
        accessDenied.Html.Should().NotContain("data-webhook-events").And.NotContain("data-debug-warning");
    }

    /// <summary>The webhook events listed on a page: (event id, status) per row, in page order.</summary>
    public static IReadOnlyList<(string Id, string Status)> WebhookRows(string html) =>
        WebhookRow().Matches(html).Select(m => (m.Groups["id"].Value, m.Groups["status"].Value)).ToList();

    /// <summary>The text of the toast the page shows after a redirect.</summary>
    public static string? Toast(string html) => ToastText().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The problem the debug page reports for bad input.</summary>
    public static string? Problem(string html) => ProblemText().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>POSTs a form to a page handler with the antiforgery token of that page, and follows a redirect back to a page of the app.</summary>
    public static async Task<TestBrowser.Page> PostAndFollowAsync(TestBrowser browser, string pageUrl, string handler, IDictionary<string, string> fields)
    {
        var posted = await browser.SubmitFormAsync(pageUrl, fields, postUrl: $"{pageUrl}{(pageUrl.Contains('?') ? '&' : '?')}handler={handler}");
        return posted.Status == HttpStatusCode.Redirect ? await browser.GetAsync(posted.RedirectedTo!) : posted;
    }

    [GeneratedRegex("""<tr data-webhook-event="(?<id>[^"]+)" data-webhook-status="(?<status>[a-z_]+)"[^>]*>""")]
    private static partial Regex WebhookRow();

    [GeneratedRegex("""<div class="toast[^"]*" role="status" data-toast>([^<]*)</div>""")]
    private static partial Regex ToastText();

    [GeneratedRegex("""<div class="alert alert-error" role="alert" data-debug-problem><p>([^<]*)</p></div>""")]
    private static partial Regex ProblemText();
}
