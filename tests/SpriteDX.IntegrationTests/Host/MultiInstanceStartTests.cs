using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.IntegrationTests.Host;

/// <summary>Several hosts deployed at once on one PostgreSQL database (ADR 0006).</summary>
[NonParallelizable]
public sealed class MultiInstanceStartTests
{
    [Test]
    public async Task Two_hosts_starting_together_on_an_empty_database_both_serve_and_create_one_bootstrap_admin()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");

        var (first, second) = await SpriteDxApp.StartTogetherAsync(("Admin:BootstrapEmails", ""));
        await using (first)
        await using (second)
        {
            foreach (var app in new[] { first, second })
            {
                using var browser = app.NewBrowser();
                (await browser.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK);
            }

            var admins = await second.WithScopeAsync(services =>
                services.GetRequiredService<UserManager<AccountUser>>().Users.Select(u => u.Email).ToListAsync());
            admins.Should().Equal("admin@spritedx.local");
        }
    }
}
