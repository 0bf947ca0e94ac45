using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Host;

[Parallelizable(ParallelScope.Self)]
public sealed class HostTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task Health_reports_every_module_database()
    {
        using var browser = _app.NewBrowser();

        var health = await browser.GetAsync("/healthz");

        health.Status.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(health.Html);
        json.RootElement.GetProperty("databases").EnumerateObject().Select(p => (p.Name, p.Value.GetString()))
            .Should().BeEquivalentTo(new[] { ("accounts", "ok"), ("credits", "ok"), ("generation", "ok"), ("payments", "ok"), ("admin", "ok") });
    }

    [Test]
    public async Task Health_is_503_when_a_module_database_is_gone()
    {
        await using var app = SpriteDxApp.Start();
        using var browser = app.NewBrowser();
        (await browser.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SpriteDX.Modules.Credits.Data.CreditsDbContext>();
            var outbox = db.Model.FindEntityType(typeof(OutboxMessage))!;
            var drop = $"DROP TABLE {db.GetService<ISqlGenerationHelper>().DelimitIdentifier(outbox.GetTableName()!, outbox.GetSchema())}";
#pragma warning disable EF1003 // the name comes from the model, quoted by the provider
            return await db.Database.ExecuteSqlRawAsync(drop);
#pragma warning restore EF1003
        });

        (await browser.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Test]
    public async Task Live_and_ready_answer_200_and_ready_names_every_module_as_migrated()
    {
        using var browser = _app.NewBrowser();

        var live = await browser.GetAsync("/healthz/live");
        var ready = await browser.GetAsync("/healthz/ready");

        live.Status.Should().Be(HttpStatusCode.OK);
        ready.Status.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(ready.Html);
        json.RootElement.GetProperty("migrations").EnumerateObject().Select(p => (p.Name, p.Value.GetString()))
            .Should().BeEquivalentTo(new[] { ("accounts", "ok"), ("credits", "ok"), ("generation", "ok"), ("payments", "ok"), ("admin", "ok") });
    }

    [Test]
    public async Task Ready_is_503_while_a_module_database_misses_a_migration_and_live_stays_200()
    {
        await using var app = SpriteDxApp.Start();
        using var browser = app.NewBrowser();
        (await browser.GetAsync("/healthz/ready")).Status.Should().Be(HttpStatusCode.OK);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SpriteDX.Modules.Payments.Data.PaymentsDbContext>();
            var history = db.GetService<IHistoryRepository>();
            var newest = (await history.GetAppliedMigrationsAsync()).Last();
#pragma warning disable EF1003 // EF's own script for its own history table
            return await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(newest.MigrationId));
#pragma warning restore EF1003
        });

        var ready = await browser.GetAsync("/healthz/ready");
        ready.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        using var json = JsonDocument.Parse(ready.Html);
        json.RootElement.GetProperty("migrations").GetProperty("payments").GetString().Should().Be("1 pending");
        (await browser.GetAsync("/healthz/live")).Status.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK, "the databases still answer");
    }

    [Test]
    public async Task The_home_page_offers_a_prompt_and_the_unlock_generation_modal_to_visitors()
    {
        using var browser = _app.NewBrowser();

        var home = await browser.GetAsync("/");

        home.Status.Should().Be(HttpStatusCode.OK);
        home.Html.Should().Contain("id=\"prompt\"").And.Contain("Generate").And.Contain("Unlock Generation")
            .And.Contain("data-signed-in=\"false\"");
    }

    [Test]
    public async Task An_unknown_page_gets_a_friendly_404()
    {
        using var browser = _app.NewBrowser();

        var page = await browser.GetAsync("/no/such/page");

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Html.Should().Contain("Page not found").And.Contain("Back to SpriteDX");
    }

    [Test]
    public async Task An_unknown_api_route_answers_problem_json()
    {
        using var browser = _app.NewBrowser();

        var response = await browser.Client.GetAsync("/api/no-such-thing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Test]
    public async Task Every_page_carries_security_headers()
    {
        using var browser = _app.NewBrowser();

        var home = await browser.GetAsync("/");

        home.Response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        home.Response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        home.Response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
    }

    [Test]
    public async Task The_jobs_dashboard_is_for_admins_only()
    {
        using var anonymous = _app.NewBrowser();
        using var player = _app.NewBrowser();
        using var admin = _app.NewBrowser();
        await player.SignUpAsync(Emails.Unique());
        await admin.SignUpAsync(SpriteDxApp.AdminEmail);

        (await anonymous.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await player.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Static_assets_are_served_by_the_app_itself()
    {
        using var browser = _app.NewBrowser();
        var home = await browser.GetAsync("/");

        var assets = Regex.Matches(home.Html, "(?:href|src)=\"(/(?:css|js|img)/[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        assets.Should().Contain(a => a.StartsWith("/css/site.")).And.Contain(a => a.StartsWith("/js/site.")).And.Contain(a => a.StartsWith("/img/logo."));
        foreach (var asset in assets)
            (await browser.Client.GetAsync(asset)).StatusCode.Should().Be(HttpStatusCode.OK, asset);

        home.Html.Should().NotContainAny("https://", "http://").And.NotContain("//cdn");
    }
}
