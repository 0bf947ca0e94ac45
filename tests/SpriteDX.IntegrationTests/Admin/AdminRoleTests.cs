using System.Net;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>The Admin and Early Access flags, on an app of its own so the number of admins is known.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class AdminRoleTests
{
    private SpriteDxApp _app = null!;

    [SetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [TearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task The_last_admin_keeps_their_flag_and_a_second_admin_lets_them_step_down()
    {
        using var boss = await AdminConsole.SignInAsync(_app);
        using var player = await Player.SignUpAsync(_app);
        var bossId = await _app.AccountIdAsync(AdminConsole.Email);

        var refused = await boss.SetFlagAsync(bossId, "admin", on: false, reason: "Leaving the company");

        refused.Errors().Should().Equal("This is the last admin account. Make another account an admin first.");
        (await boss.Browser.GetAsync("/admin/accounts")).Status.Should().Be(HttpStatusCode.OK);

        (await boss.SetFlagAsync(player.AccountId, "admin", on: true, reason: "New operations lead")).Status.Should().Be(HttpStatusCode.Redirect);
        await Polling.UntilAsync(async () => (await player.Browser.GetAsync("/admin/accounts")).Status == HttpStatusCode.OK,
            because: "the new admin to get in on their next request, without signing in again");
        (await boss.SetFlagAsync(bossId, "admin", on: false, reason: "Leaving the company")).Status.Should().Be(HttpStatusCode.Redirect);

        await Polling.UntilAsync(async () => (await boss.Browser.GetAsync("/admin/accounts")).Status == HttpStatusCode.Redirect,
            because: "the former admin to lose the admin pages");
        var audit = new AdminConsole(player.Browser);
        (await audit.AuditActionsAsync("/admin/audit")).Should().Equal("flag.admin.off", "flag.admin.on");
    }

    [Test]
    public async Task Early_Access_lets_an_account_buy_credits_before_billing_opens()
    {
        using var boss = await AdminConsole.SignInAsync(_app);
        using var player = await Player.SignUpAsync(_app);
        (await player.Browser.GetAsync("/billing/buy")).Html.Should().NotContain("data-credits=\"500\"");

        await boss.SetFlagAsync(player.AccountId, "early_access", on: true, reason: "Beta tester");

        await Polling.UntilAsync(async () => (await player.Browser.GetAsync("/billing/buy")).Html.Contains("data-credits=\"500\""),
            because: "Early Access to apply on the account's next request");
        AdminConsole.FlagBadges((await boss.AccountPageAsync(player.AccountId)).Html).Should().Equal("early_access");
    }
}
