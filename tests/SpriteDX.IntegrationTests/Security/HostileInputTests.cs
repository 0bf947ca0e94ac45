using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Generation.Data;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>
/// A hostile browser or script against the pages and the API: forms without their token, someone else's
/// token, injection in prompts and e-mail addresses, oversized requests. Never a 500, never money moved.
/// (Another person's ids on every id-taking route are covered by GenerationTests and CheckoutTests.)
/// </summary>
[Parallelizable(ParallelScope.Self)] // each host has its own Hangfire storage and activator (BackgroundJobs)
public sealed partial class HostileInputTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start(("Billing:Enabled", "true"));

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Every_page_refuses_a_post_without_its_antiforgery_token_even_from_a_signed_in_admin()
    {
        using var admin = _app.NewBrowser();
        await admin.SignUpAsync(SpriteDxApp.AdminEmail);
        await admin.GetAsync("/billing/buy"); // the antiforgery cookie is there; only the form's token is missing
        var before = await MoneySnapshot.TakeAsync(_app);

        var pages = PageRoutes();
        pages.Should().Contain(["/billing/buy", "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/Logout"]);
        foreach (var page in pages)
        {
            var answer = await admin.PostAsync(page, new Dictionary<string, string> { ["packId"] = "pack-3000", ["Input.Email"] = "x@example.com" });
            answer.Status.Should().Be(HttpStatusCode.BadRequest, $"POST {page} without a token");
            answer.Html.Should().Contain("The form may have expired", page);
        }

        var stillSignedIn = await admin.GetAsync("/billing");
        stillSignedIn.Status.Should().Be(HttpStatusCode.OK, "the token-less logout did nothing");
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [TestCase("/")]
    [TestCase("/billing")]
    [TestCase("/billing/receipts/0b6f2f52-5d2c-4c8e-9a51-0b1f3f0c2d11")]
    [TestCase("/billing/receipts/0b6f2f52-5d2c-4c8e-9a51-0b1f3f0c2d11?handler=Refund")]
    [TestCase("/account/api-keys?handler=Nothing")]
    public async Task A_valid_post_to_a_page_without_a_handler_for_it_is_answered_405_never_a_500(string url)
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var token = (await buyer.Browser.GetAsync("/billing")).AntiforgeryToken();
        var before = await MoneySnapshot.TakeAsync(_app);

        var answer = await buyer.Browser.PostAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        answer.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        answer.Html.Should().Contain("This page cannot be used that way.");
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task Someone_elses_form_token_does_not_work_for_me()
    {
        using var alice = await Buyer.SignUpAsync(_app);
        using var mallory = await Buyer.SignUpAsync(_app);
        var alicesForm = await alice.PackFormAsync("pack-500");
        var before = await MoneySnapshot.TakeAsync(_app);

        var answer = await mallory.Browser.PostAsync("/billing/buy", alicesForm);
        var generation = await mallory.Browser.PostGenerationAsync("stolen token", alicesForm["__RequestVerificationToken"]);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        generation.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await mallory.PurchasesAsync()).Should().BeEmpty();
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [TestCase("Robert'); DROP TABLE Generations; -- dragon")]
    [TestCase("slime \" OR 1=1 --")]
    [TestCase("<img src=x onerror=alert(1)> @Html.Raw(\"x\") {{7*7}} ${7*7} sword")]
    [TestCase("</script><script>alert(document.cookie)</script> ghost")]
    public async Task Injection_in_a_prompt_is_stored_intact_and_shown_as_text(string prompt)
    {
        using var player = await Player.SignUpAsync(_app);

        var id = await (await player.RequestAsync(prompt)).AcceptedIdAsync();
        (await player.SettledAsync(id)).GetProperty("status").GetString().Should().Be("succeeded");

        var stored = await _app.WithScopeAsync(services => services.GetRequiredService<GenerationDbContext>().Generations.Where(g => g.Id == id).Select(g => g.Prompt).SingleAsync());
        stored.Should().Be(prompt);
        foreach (var page in new[] { "/generations", "/" })
        {
            var html = (await player.Browser.GetAsync(page)).Html;
            html.Should().NotContain(prompt).And.NotContain("<script>alert").And.NotContain("<img src=x");
        }

        (await player.BalanceAsync()).Should().Be(90);
    }

    [TestCase("\"<script>alert(1)</script>\"@example.com")]
    [TestCase("o'hara+'--@example.com")]
    [TestCase("<b>bold</b>@example.com")]
    public async Task Injection_in_an_email_is_refused_or_kept_intact_and_always_shown_as_text(string email)
    {
        using var browser = _app.NewBrowser();

        var answer = await browser.SignUpAsync(email);

        answer.Status.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        answer.Html.Should().NotContain("<script>").And.NotContain("<b>bold");
        if (answer.Status == HttpStatusCode.OK)
        {
            answer.Errors().Should().NotBeEmpty("a refused address is explained");
            return;
        }

        var stored = await _app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Users.CountAsync(u => u.Email == email));
        stored.Should().Be(1);
        foreach (var page in new[] { "/", "/billing", "/billing/buy" })
            (await browser.GetAsync(page)).Html.Should().NotContain("<script>").And.NotContain("<b>bold", page);
    }

    [Test]
    public async Task Hostile_ids_and_query_strings_get_a_404_never_a_500()
    {
        using var player = await Player.SignUpAsync(_app);
        var before = await MoneySnapshot.TakeAsync(_app);

        string[] urls =
        [
            "/billing/success?session_id=" + Uri.EscapeDataString("' OR 1=1 --"),
            "/billing/success?session_id=" + new string('a', 8000),
            "/billing/success",
            "/billing/receipts/not-a-guid",
            "/billing/receipts/" + Guid.NewGuid(),
            "/api/generations/" + Guid.NewGuid(),
            "/api/generations/..%2f..%2fetc%2fpasswd",
            "/generations/" + Guid.NewGuid() + "/image.png",
            "/generations/../../keys/image.png",
        ];
        foreach (var url in urls)
            (await player.Browser.GetAsync(url)).Status.Should().Be(HttpStatusCode.NotFound, url);
        // Control characters are refused before the page sees them (ControlCharacterGuard).
        (await player.Browser.GetAsync("/billing/success?session_id=cs_live_%00%0d%0a")).Status.Should().Be(HttpStatusCode.BadRequest);

        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task A_body_over_a_megabyte_is_refused_with_413_on_forms_and_the_api()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var form = await buyer.PackFormAsync("pack-500");
        form["padding"] = new string('x', 2 * 1024 * 1024);
        var before = await MoneySnapshot.TakeAsync(_app);
        var token = form["__RequestVerificationToken"];

        // Kestrel closes a connection whose body it refused unread; "Connection: close" keeps the client from
        // reusing it for the next request (which then failed now and then with a reset socket).
        using var formPost = new HttpRequestMessage(HttpMethod.Post, "/billing/buy") { Content = new FormUrlEncodedContent(form) };
        formPost.Headers.ConnectionClose = true;
        using var page = await buyer.Browser.Client.SendAsync(formPost);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations")
        {
            Content = new StringContent("{\"prompt\": \"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        request.Headers.ConnectionClose = true;
        using var api = await buyer.Browser.Client.SendAsync(request);

        page.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await page.Content.ReadAsStringAsync()).Should().Contain("larger than SpriteDX accepts");
        api.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await buyer.PurchasesAsync()).Should().BeEmpty();
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    [Test]
    public async Task Oversized_headers_are_refused_with_431()
    {
        var before = await MoneySnapshot.TakeAsync(_app);
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Cookie", "spritedx.auth=" + new string('a', 64 * 1024));

        using var response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
        await SecurityChecks.AssertNothingMovedAndHealthyAsync(_app, before);
    }

    /// <summary>Every Razor page's route, with a made-up id where it takes one; pages that opt out of antiforgery (the error page) left out.</summary>
    private List<string> PageRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryPolicy>() is not IgnoreAntiforgeryTokenAttribute)
            .Select(e => "/" + RouteParameter().Replace(e.RoutePattern.RawText ?? "", Guid.NewGuid().ToString()))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
