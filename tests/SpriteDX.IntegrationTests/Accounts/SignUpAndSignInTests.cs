using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.IntegrationTests.Accounts;

[Parallelizable(ParallelScope.Self)]
public sealed class SignUpAndSignInTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Signing_up_signs_the_person_in_and_shows_their_user_menu()
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();

        var signedUp = await browser.SignUpAsync(email);

        signedUp.Status.Should().Be(HttpStatusCode.Redirect);
        signedUp.RedirectedTo.Should().Be("/");
        var home = await browser.GetAsync("/");
        home.Html.Should().Contain(email).And.Contain("data-menu-button").And.Contain("Sign out");
        home.Html.Should().Contain("Welcome to SpriteDX");
    }

    [Test]
    public async Task Signing_up_returns_the_visitor_to_their_prompt()
    {
        using var browser = _app.NewBrowser();

        var signedUp = await browser.SignUpAsync(Emails.Unique(), returnUrl: "/?prompt=red%20slime%2C%2032px");

        signedUp.RedirectedTo.Should().Be("/?prompt=red%20slime%2C%2032px");
        var home = await browser.GetAsync(signedUp.RedirectedTo!);
        home.Html.Should().Contain(">red slime, 32px</textarea>");
    }

    [Test]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var browser = _app.NewBrowser();

        var signedUp = await browser.SignUpAsync(Emails.Unique(), returnUrl: "https://evil.example/steal");

        signedUp.RedirectedTo.Should().Be("/");
    }

    [Test]
    public async Task Each_account_announces_itself_exactly_once()
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();
        await browser.SignUpAsync(email);

        var announcements = await _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var rows = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
            return rows.Where(r => r.Name == "AccountRegistered" && r.Payload.Contains(user.Id.ToString())).ToList();
        });

        announcements.Should().ContainSingle();
        await Polling.UntilAsync(async () => await _app.WithScopeAsync(async services =>
            (await services.GetRequiredService<AccountsDbContext>().Set<OutboxMessage>().AsNoTracking()
                .SingleAsync(m => m.Id == announcements[0].Id)).PublishedAt is not null));
    }

    [Test]
    public async Task Registering_an_email_twice_says_so_and_creates_nothing()
    {
        var email = Emails.Unique();
        using (var first = _app.NewBrowser())
            await first.SignUpAsync(email);
        using var second = _app.NewBrowser();

        var again = await second.SignUpAsync(email.ToUpperInvariant());

        again.Status.Should().Be(HttpStatusCode.OK);
        again.Errors().Should().ContainSingle().Which.Should().Contain("already exists");
        (await CountAccountsAsync(email)).Should().Be(1);
    }

    [Test]
    public async Task Parallel_sign_ups_with_one_email_make_one_account()
    {
        var email = Emails.Unique();
        var browsers = Enumerable.Range(0, 8).Select(_ => _app.NewBrowser()).ToList();
        var forms = await Task.WhenAll(browsers.Select(b => b.GetAsync("/Identity/Account/Register")));

        var results = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = forms[i].AntiforgeryToken(),
            ["Input.Email"] = email,
            ["Input.Password"] = TestBrowser.Password,
            ["Input.ConfirmPassword"] = TestBrowser.Password,
        })));

        results.Should().OnlyContain(r => r.Status == HttpStatusCode.Redirect || r.Status == HttpStatusCode.OK);
        results.Count(r => r.Status == HttpStatusCode.Redirect).Should().Be(1);
        (await CountAccountsAsync(email)).Should().Be(1);
        var winner = browsers[results.ToList().FindIndex(r => r.Status == HttpStatusCode.Redirect)];
        (await winner.Client.GetStringAsync("/api/credits/balance")).Should().Be("{\"balance\":100,\"testBalance\":0}", "one account, one sign-up bonus");
        browsers.ForEach(b => b.Dispose());
    }

    [TestCase("short1", "at least 8")]
    [TestCase("longpassword", "digit")]
    [TestCase("1234567890", "lowercase")]
    public async Task A_weak_password_is_explained(string password, string explanation)
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();

        var page = await browser.SignUpAsync(email, password);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Errors().Should().Contain(e => e.Contains(explanation, StringComparison.OrdinalIgnoreCase));
        (await CountAccountsAsync(email)).Should().Be(0);
    }

    [Test]
    public async Task Mismatched_passwords_and_a_bad_email_are_explained_field_by_field()
    {
        using var browser = _app.NewBrowser();

        var page = await browser.SubmitFormAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = TestBrowser.Password,
            ["Input.ConfirmPassword"] = "something-else-1",
        });

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Errors().Should().Contain("Enter a valid email address.").And.Contain("The two passwords do not match.");
    }

    [Test]
    public async Task Logging_out_and_back_in_works()
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();
        await browser.SignUpAsync(email);

        var loggedOut = await browser.LogOutAsync();
        loggedOut.RedirectedTo.Should().Be("/");
        (await browser.GetAsync("/")).Html.Should().NotContain(email).And.Contain("Log in");

        var loggedIn = await browser.LogInAsync(email);
        loggedIn.RedirectedTo.Should().Be("/");
        (await browser.GetAsync("/")).Html.Should().Contain(email);
    }

    [Test]
    public async Task A_wrong_password_is_refused_with_a_clear_message()
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();
        await browser.SignUpAsync(email);
        await browser.LogOutAsync();

        var page = await browser.LogInAsync(email, "not-the-password-1");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Errors().Should().ContainSingle().Which.Should().Be("That email and password do not match an account.");
    }

    [Test]
    public async Task Ten_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var browser = _app.NewBrowser();
        var email = Emails.Unique();
        await browser.SignUpAsync(email);
        await browser.LogOutAsync();

        for (var attempt = 0; attempt < 10; attempt++)
            await browser.LogInAsync(email, $"wrong-password-{attempt}");
        var page = await browser.LogInAsync(email);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Errors().Should().ContainSingle().Which.Should().Contain("locked");
        (await browser.GetAsync("/")).Html.Should().NotContain(email);
    }

    [Test]
    public async Task A_tampered_antiforgery_token_gets_a_clear_page_not_an_error()
    {
        using var browser = _app.NewBrowser();

        var page = await browser.PostAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "tampered",
            ["Input.Email"] = Emails.Unique(),
            ["Input.Password"] = TestBrowser.Password,
            ["Input.ConfirmPassword"] = TestBrowser.Password,
        });

        page.Status.Should().Be(HttpStatusCode.BadRequest);
        page.Html.Should().Contain("The form may have expired");
    }

    private Task<int> CountAccountsAsync(string email) =>
        _app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Users
            .CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
}
