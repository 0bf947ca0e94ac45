using System.Net;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>Only admins get in: visitors are sent to sign in, everyone else is refused, and every admin POST needs its antiforgery token.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class AdminAccessTests
{
    private SpriteDxApp _app = null!;
    private AdminConsole _admin = null!;
    private Player _player = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start();
        _admin = await AdminConsole.SignInAsync(_app);
        _player = await Player.SignUpAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        _player.Dispose();
        await _app.DisposeAsync();
    }

    private IEnumerable<string> AdminPages() =>
        ["/admin/accounts", "/admin/accounts?q=example&sort=balance", $"/admin/accounts/{_player.AccountId}", "/admin/audit", "/admin/dead-letters"];

    [Test]
    public async Task A_visitor_is_sent_to_sign_in_from_every_admin_page()
    {
        using var visitor = _app.NewBrowser();

        foreach (var url in AdminPages())
        {
            var page = await visitor.GetAsync(url);
            page.Status.Should().Be(HttpStatusCode.Redirect, url);
            page.RedirectedTo.Should().Contain("/Identity/Account/Login").And.Contain("ReturnUrl=", url);
        }
    }

    [Test]
    public async Task A_signed_in_player_is_refused_every_admin_page()
    {
        foreach (var url in AdminPages())
        {
            var page = await _player.Browser.GetAsync(url);
            page.Status.Should().Be(HttpStatusCode.Redirect, url);
            page.RedirectedTo.Should().Contain("/Identity/Account/AccessDenied", url);
            (await _player.Browser.GetAsync(page.RedirectedTo!)).Status.Should().Be(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task An_admin_opens_every_admin_page()
    {
        foreach (var url in AdminPages())
        {
            var page = await _admin.Browser.GetAsync(url);
            page.Status.Should().Be(HttpStatusCode.OK, url);
            page.Html.Should().Contain("class=\"admin-nav\"", url);
        }
    }

    [Test]
    public async Task Nobody_but_an_admin_can_post_an_admin_decision()
    {
        var home = await _player.Browser.GetAsync("/");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = home.AntiforgeryToken(), ["amount"] = "1000", ["reason"] = "Free credits", ["adjustmentKey"] = Guid.NewGuid().ToString(),
            ["confirmed"] = "true",
        };
        using var visitor = _app.NewBrowser();

        var byPlayer = await _player.Browser.PostAsync($"/admin/accounts/{_player.AccountId}?handler=Credits", form);
        var byVisitor = await visitor.PostAsync($"/admin/accounts/{_player.AccountId}?handler=Credits", form);
        var retryByPlayer = await _player.Browser.PostAsync("/admin/dead-letters?handler=Retry",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = home.AntiforgeryToken(), ["module"] = "credits", ["messageId"] = Guid.NewGuid().ToString() });

        byPlayer.RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
        byVisitor.RedirectedTo.Should().Contain("/Identity/Account/Login");
        retryByPlayer.RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
        (await _player.BalanceAsync()).Should().Be(100);
    }

    [Test]
    public async Task An_admin_post_without_its_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var form = await _admin.CreditsFormAsync(_player.AccountId, "500");
        form.Remove("__RequestVerificationToken");

        var answer = await _admin.PostCreditsAsync(_player.AccountId, form);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        (await _admin.AuditActionsAsync($"/admin/audit?account={_player.AccountId}")).Should().BeEmpty();
        (await _player.BalanceAsync()).Should().Be(100);
    }

    [Test]
    public async Task The_jobs_dashboard_and_its_api_calls_are_for_admins_only()
    {
        using var visitor = _app.NewBrowser();
        var dashboard = await _admin.Browser.GetAsync("/admin/jobs");

        (await visitor.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await _player.Browser.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.Forbidden);
        dashboard.Status.Should().Be(HttpStatusCode.OK);
        foreach (var call in new[] { "/admin/jobs/stats", "/admin/jobs/jobs/enqueued/delete" })
        {
            (await visitor.Client.PostAsync(call, new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.Unauthorized, call);
            (await _player.Browser.Client.PostAsync(call, new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.Forbidden, call);
        }
        (await visitor.GetAsync("/admin/jobs/recurring")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await _player.Browser.GetAsync("/admin/jobs/recurring")).Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task With_nothing_parked_the_dead_letters_page_says_so()
    {
        var page = await _admin.Browser.GetAsync("/admin/dead-letters");

        page.Html.Should().Contain("data-empty=\"dead-letters\"").And.Contain("No dead letters");
    }

    [Test]
    public async Task Only_admins_see_the_admin_entry_in_the_user_menu()
    {
        (await _admin.Browser.GetAsync("/")).Html.Should().Contain("href=\"/admin/accounts\"");
        (await _player.Browser.GetAsync("/")).Html.Should().NotContain("href=\"/admin/accounts\"");
    }
}
