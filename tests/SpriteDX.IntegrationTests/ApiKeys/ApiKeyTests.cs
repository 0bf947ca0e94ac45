using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.IntegrationTests.Admin;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.ApiKeys;

/// <summary>
/// API keys as a person makes them on the API keys page and a script uses them: shown once, listed without the
/// secret, accepted on the API instead of a cookie (no antiforgery token), refused with 401 problem+json when
/// malformed, unknown, revoked, expired, pasted into a URL or belonging to a suspended account.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ApiKeyTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start(("Credits:SignupBonus", "1000"));

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task A_key_is_shown_once_works_without_a_cookie_or_token_and_stops_when_revoked()
    {
        using var owner = await Player.SignUpAsync(_app);
        var key = await owner.Browser.CreateKeyAsync("Build script");
        key.Should().MatchRegex("^sdx_[A-Za-z0-9_-]{43}$");

        var list = await owner.Browser.GetAsync(ApiKeyClient.Page);
        list.Html.Should().Contain("Build script").And.Contain(key[..14]).And.NotContain(key, "the key is shown once, on the answer that made it");

        using var script = _app.ScriptClient(key);
        (await (await script.GetAsync("/api/credits/balance")).JsonAsync()).GetProperty("balance").GetInt64().Should().Be(1000);
        var accepted = await script.PostAsJsonAsync("/api/generations", new { prompt = "a red dragon" });
        var id = await accepted.AcceptedIdAsync();
        (await owner.SettledAsync(id)).GetProperty("status").GetString().Should().Be("succeeded", "the key's generation is the owner's");
        (await script.GetAsync($"/generations/{id}/image.png")).StatusCode.Should().Be(HttpStatusCode.OK, "a script downloads its sprites with the key");
        (await owner.Browser.GetAsync(ApiKeyClient.Page)).Html.Should().Contain(" UTC", "the list shows when the key was last used");

        (await owner.Browser.RevokeKeyAsync(await owner.Browser.KeyIdAsync("Build script"))).Status.Should().Be(HttpStatusCode.Redirect);
        var refused = await (await script.GetAsync("/api/credits/balance")).ProblemAsync(HttpStatusCode.Unauthorized);
        refused.GetProperty("type").GetString().Should().EndWith("unauthorized");
        refused.GetProperty("detail").GetString().Should().Contain("revoked");
    }

    [TestCase("sdx_short", "not a SpriteDX API key")]
    [TestCase("sk_live_0123456789abcdef0123456789abcdef0123456789a", "not a SpriteDX API key")]
    [TestCase("sdx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "does not exist")]
    public async Task A_malformed_or_unknown_key_is_refused_with_problem_json(string key, string reason)
    {
        using var script = _app.ScriptClient(key);
        foreach (var url in new[] { "/api/credits/balance", "/api/generations", "/api/generations/interpretation?prompt=horse" })
        {
            var problem = await (await script.GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            problem.GetProperty("detail").GetString().Should().Contain(reason, url);
        }
    }

    [Test]
    public async Task A_known_key_with_one_character_changed_is_unknown()
    {
        using var owner = await Player.SignUpAsync(_app);
        var key = await owner.Browser.CreateKeyAsync("Laptop");
        var altered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A'); // same prefix: found, then refused by the hash
        using var script = _app.ScriptClient(altered);
        (await (await script.GetAsync("/api/credits/balance")).ProblemAsync(HttpStatusCode.Unauthorized))
            .GetProperty("detail").GetString().Should().Contain("does not exist");
    }

    [Test]
    public async Task A_key_in_the_url_is_refused_even_beside_a_good_cookie()
    {
        using var owner = await Player.SignUpAsync(_app);
        var key = await owner.Browser.CreateKeyAsync("Pasted");
        foreach (var url in new[] { $"/api/credits/balance?api_key={key}", $"/api/generations/interpretation?prompt=horse&key={key}" })
        {
            var problem = await (await owner.Browser.Client.GetAsync(url)).ProblemAsync(HttpStatusCode.Unauthorized);
            problem.GetProperty("detail").GetString().Should().Contain("Authorization header").And.NotContain(key);
        }
    }

    [Test]
    public async Task The_key_wins_over_a_cookie_for_another_account()
    {
        using var alice = await Player.SignUpAsync(_app);
        using var bob = await Player.SignUpAsync(_app);
        var bobsKey = await bob.Browser.CreateKeyAsync("Bob's engine plugin");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations") { Content = JsonContent.Create(new { prompt = "a wooden shield" }) };
        request.Headers.Authorization = new("Bearer", bobsKey);
        var id = await (await alice.Browser.Client.SendAsync(request)).AcceptedIdAsync();

        (await bob.Browser.Client.GetAsync($"/api/generations/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, "the generation is Bob's");
        (await alice.Browser.Client.GetAsync($"/api/generations/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "Alice's cookie was not used");
        await Polling.UntilAsync(async () => await bob.BalanceAsync() == 990, because: "Bob paid");
        (await alice.BalanceAsync()).Should().Be(1000);
    }

    [Test]
    public async Task A_suspended_accounts_keys_stop_working_and_a_key_never_opens_admin_pages()
    {
        using var admin = await AdminConsole.SignInAsync(_app);
        var adminsKey = await admin.Browser.CreateKeyAsync("Admin's own");
        using (var adminScript = _app.ScriptClient(adminsKey))
        {
            (await adminScript.GetAsync("/admin/accounts")).StatusCode.Should().Be(HttpStatusCode.Redirect, "pages only know a person's cookie");
            (await adminScript.GetAsync("/admin/jobs")).StatusCode.Should().NotBe(HttpStatusCode.OK);
        }

        using var player = await Player.SignUpAsync(_app);
        var key = await player.Browser.CreateKeyAsync("CI");
        using var script = _app.ScriptClient(key);
        (await script.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await admin.SetFlagAsync(player.AccountId, "suspended", on: true, reason: "Abuse report")).Status.Should().Be(HttpStatusCode.Redirect);
        await Polling.UntilAsync(async () => (await script.GetAsync("/api/credits/balance")).StatusCode == HttpStatusCode.Unauthorized,
            because: "a suspended account's keys are refused");
        (await (await script.GetAsync("/api/credits/balance")).ProblemAsync(HttpStatusCode.Unauthorized))
            .GetProperty("detail").GetString().Should().Contain("suspended");
    }

    [Test]
    public async Task An_admin_sees_an_accounts_keys_and_revokes_one()
    {
        using var admin = await AdminConsole.SignInAsync(_app);
        using var player = await Player.SignUpAsync(_app);
        var key = await player.Browser.CreateKeyAsync("Render farm");
        var keyId = await player.Browser.KeyIdAsync("Render farm");

        var accountPage = await admin.AccountPageAsync(player.AccountId);
        accountPage.Html.Should().Contain("Render farm").And.Contain(key[..14]).And.NotContain(key);
        var revoked = await admin.Browser.PostAsync($"/account/api-keys/admin/{player.AccountId}/{keyId}/revoke",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = accountPage.AntiforgeryToken() });
        revoked.Status.Should().Be(HttpStatusCode.Redirect);

        using var script = _app.ScriptClient(key);
        (await script.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await player.Browser.GetAsync(ApiKeyClient.Page)).Html.Should().Contain("data-api-key-state=\"revoked\"");

        var second = await player.Browser.CreateKeyAsync("Second");
        var ownPage = await player.Browser.GetAsync(ApiKeyClient.Page);
        var notAdmin = await player.Browser.PostAsync($"/account/api-keys/admin/{player.AccountId}/{await player.Browser.KeyIdAsync("Second")}/revoke",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = ownPage.AntiforgeryToken() });
        notAdmin.RedirectedTo.Should().Contain("AccessDenied", "only admins use the admin revoke");
        using var secondScript = _app.ScriptClient(second);
        (await secondScript.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Spending_is_filtered_by_key_on_usage_and_billing()
    {
        using var player = await Player.SignUpAsync(_app);
        var key = await player.Browser.CreateKeyAsync("Batch");
        using var script = _app.ScriptClient(key);
        await player.SettledAsync(await (await player.RequestAsync("a golden coin")).AcceptedIdAsync());
        await player.SettledAsync(await (await script.PostAsJsonAsync("/api/generations", new { prompt = "a health potion" })).AcceptedIdAsync());
        var keyId = await player.Browser.KeyIdAsync("Batch");

        (await player.LedgerKindsAsync()).Count(k => k == "spend").Should().Be(2);
        await Polling.UntilAsync(async () => (await player.Browser.GetAsync("/billing")).Html.Contains("API key “Batch”"), because: "the key appears in the filter");
        (await player.LedgerKindsAsync($"/billing?key={keyId}")).Should().Equal("spend");
    }

    [Test]
    public async Task A_key_cannot_be_made_without_a_name_or_already_expired()
    {
        using var player = await Player.SignUpAsync(_app);
        (await player.Browser.CreateKeyPageAsync("   ")).Errors().Should().Contain(e => e.Contains("name"));
        (await player.Browser.CreateKeyPageAsync("Old", expiresOn: "2020-01-01")).Errors().Should().Contain(e => e.Contains("future"));
        (await player.Browser.CreateKeyPageAsync("Odd", expiresOn: "not-a-date")).Errors().Should().Contain(e => e.Contains("Pick a date"));
    }
}

/// <summary>Keys that expire, with the app's clock under the test's control.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ApiKeyExpiryTests
{
    [Test]
    public async Task An_expired_key_is_refused()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = SpriteDxApp.Start(services => services.AddSingleton<TimeProvider>(clock));
        using var player = await Player.SignUpAsync(app);
        var tomorrow = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        var key = await player.Browser.CreateKeyAsync("Short-lived", tomorrow.ToString("yyyy-MM-dd"));
        using var script = app.ScriptClient(key);
        (await script.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromDays(1));
        (await (await script.GetAsync("/api/credits/balance")).ProblemAsync(HttpStatusCode.Unauthorized))
            .GetProperty("detail").GetString().Should().Contain("expired");
    }
}

/// <summary>Each key has its own budget of calls per minute; other keys and people's sessions are not slowed by it.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ApiKeyRateLimitTests
{
    [Test]
    public async Task A_key_over_its_limit_gets_429_and_another_key_does_not()
    {
        await using var app = SpriteDxApp.Start(("Accounts:ApiKeyRequestsPerMinute", "3"));
        using var player = await Player.SignUpAsync(app);
        using var first = app.ScriptClient(await player.Browser.CreateKeyAsync("First"));
        using var second = app.ScriptClient(await player.Browser.CreateKeyAsync("Second"));

        for (var i = 0; i < 3; i++)
            (await first.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);
        var limited = await first.GetAsync("/api/credits/balance");
        (await limited.ProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("type").GetString().Should().EndWith("too-many-requests");
        limited.Headers.RetryAfter.Should().NotBeNull();

        (await second.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);
        for (var i = 0; i < 5; i++)
            (await player.Browser.Client.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK, "a person's session has no key budget");
    }
}

/// <summary>A whole run at Debug level: keys in headers and pasted into URLs, refused and accepted. No log line holds one.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ApiKeyLogTests
{
    [Test]
    public async Task No_key_reaches_the_logs_even_at_debug_level()
    {
        var logs = new CapturedLogs();
        string key;
        await using (var app = SpriteDxApp.Start(services => services.AddSingleton<ILoggerProvider>(logs), ("Logging:LogLevel:Default", "Debug"), ("Logging:LogLevel:Microsoft.AspNetCore", "Debug")))
        {
            using var player = await Player.SignUpAsync(app);
            key = await player.Browser.CreateKeyAsync("Logged?");
            using var script = app.ScriptClient(key);
            (await script.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.OK);
            await player.SettledAsync(await (await script.PostAsJsonAsync("/api/generations", new { prompt = "a black cat" })).AcceptedIdAsync());
            (await player.Browser.Client.GetAsync($"/api/credits/balance?key={key}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await player.Browser.Client.GetAsync($"/generations?key={Uri.EscapeDataString(key)}")).StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
            using var revokedKeyScript = app.ScriptClient(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'));
            (await revokedKeyScript.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        logs.Entries.Should().Contain(e => e.Contains("sdx_[redacted]"), "the pasted key's request line was logged, redacted");
        var secretPart = key[14..]; // after `sdx_` and the prefix lists show
        logs.Entries.Should().NotContain(e => e.Contains(secretPart, StringComparison.Ordinal), "no log line carries the key's secret part");
    }
}
