using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>
/// Rate limits on what an anonymous client can hammer, security headers and cookie flags. Limits are per
/// client address; each test is its own client (X-Forwarded-For from the trusted loopback proxy), so they
/// trip their own limits without touching anyone else's.
/// </summary>
[Parallelizable(ParallelScope.Self)] // each host has its own Hangfire storage and activator (BackgroundJobs)
public sealed partial class HardeningTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start(
        ("Billing:Enabled", "true"), ("Accounts:SignInsPerMinute", "3"), ("Accounts:SignUpsPerMinute", "2"), ("Payments:WebhooksPerMinute", "3"));

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Guessing_passwords_quickly_is_slowed_with_a_friendly_429_page_for_that_client_only()
    {
        using var guesser = Client("203.0.113.10");
        using var someoneElse = Client("203.0.113.11");

        var attempts = new List<TestBrowser.Page>();
        for (var i = 0; i < 4; i++)
            attempts.Add(await guesser.LogInAsync("victim@example.com", $"guess-{i}-1234"));

        attempts.Take(3).Should().OnlyContain(a => a.Status == HttpStatusCode.OK);
        var limited = attempts[3];
        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        limited.Html.Should().Contain("Slow down a little");
        limited.Response.Headers.RetryAfter.Should().NotBeNull();
        (await guesser.GetAsync("/Identity/Account/Login")).Status.Should().Be(HttpStatusCode.OK, "reading the form is not limited");
        (await someoneElse.LogInAsync("victim@example.com", "another-guess-1")).Status.Should().Be(HttpStatusCode.OK, "another client has its own allowance");
        await AssertHealthyAsync();
    }

    [Test]
    public async Task Mass_registration_is_slowed_with_a_429_and_the_refused_account_is_not_created()
    {
        using var bot = Client("203.0.113.20");
        var emails = Enumerable.Range(0, 3).Select(_ => Emails.Unique("bot")).ToList();

        var first = await bot.SignUpAsync(emails[0]);
        await bot.LogOutAsync();
        var second = await bot.SignUpAsync(emails[1]);
        await bot.LogOutAsync();
        var third = await bot.SignUpAsync(emails[2]);

        first.Status.Should().Be(HttpStatusCode.Redirect);
        second.Status.Should().Be(HttpStatusCode.Redirect);
        third.Status.Should().Be(HttpStatusCode.TooManyRequests);
        third.Html.Should().Contain("Slow down a little");
        var act = () => _app.AccountIdAsync(emails[2]);
        await act.Should().ThrowAsync<InvalidOperationException>("no account was made for the refused sign-up");
        await AssertHealthyAsync();
    }

    [Test]
    public async Task A_flood_of_webhook_posts_is_answered_429_problem_json_and_nothing_is_stored()
    {
        using var flooder = Client("203.0.113.30");
        var before = await MoneySnapshot.TakeAsync(_app);
        for (var i = 0; i < 3; i++)
            (await PostWebhookAsync(flooder, "{}", "t=1,v1=forged")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var id = "evt_flood_" + Guid.NewGuid().ToString("n");
        var genuine = SignedWebhooks.Event("customer.created", false, new JsonObject { ["id"] = "cus_1", ["object"] = "customer" }, id);

        using var limited = await PostWebhookAsync(flooder, genuine, SignedWebhooks.Signature(genuine, SignedWebhooks.SecretFor(false)));

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await limited.Content.ReadAsStringAsync()).Should().Contain("too-many-requests");
        (await StoredWebhookEvents.FindAsync(_app, id)).Should().BeNull();
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [TestCase("/")]
    [TestCase("/Identity/Account/Login")]
    [TestCase("/no-such-page")]
    [TestCase("/api/credits/balance")]
    [TestCase("/healthz")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var browser = _app.NewBrowser();

        var answer = await browser.GetAsync(url);

        var headers = answer.Response.Headers;
        headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        var csp = headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        Regex.Match(csp, "script-src ([^;]+)").Groups[1].Value.Trim().Should().Be("'self'");
    }

    [Test]
    public async Task Cookies_are_http_only_and_same_site_and_secure_under_https()
    {
        using var browser = Client("203.0.113.40");
        var email = Emails.Unique();
        var signUp = await browser.SignUpAsync(email);
        await browser.LogOutAsync();
        var overHttps = await CookiesOverHttpsAsync(email);

        var overHttp = SetCookies(signUp.Response);
        overHttp.Should().Contain(c => c.StartsWith("spritedx.auth=", StringComparison.Ordinal));
        foreach (var cookie in overHttp.Concat(overHttps))
            cookie.Should().ContainEquivalentOf("httponly").And.MatchRegex("(?i)samesite=(lax|strict)");
        overHttps.Should().Contain(c => c.StartsWith("spritedx.auth=", StringComparison.Ordinal)).And.Contain(c => c.StartsWith("spritedx.af=", StringComparison.Ordinal));
        overHttps.Should().OnlyContain(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Signs in behind a TLS-terminating proxy on the same machine, collecting every cookie the app sets.</summary>
    private async Task<List<string>> CookiesOverHttpsAsync(string email)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _app.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.41");
        using var form = await http.GetAsync("/Identity/Account/Login");
        var cookies = SetCookies(form);
        var page = new TestBrowser.Page(form, await form.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = TestBrowser.Password, ["__RequestVerificationToken"] = page.AntiforgeryToken(),
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)])));
        using var signIn = await http.SendAsync(request);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return [.. cookies, .. SetCookies(signIn)];
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    /// <summary>A browser at that client address, as a reverse proxy on the same machine reports it.</summary>
    private TestBrowser Client(string address)
    {
        var browser = _app.NewBrowser();
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostWebhookAsync(TestBrowser client, string body, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(body) };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return await client.Client.SendAsync(request);
    }

    private async Task AssertHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
