using System.Net;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>An admin's flag decisions change what the owning modules do, from the account's next request on.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class AccountFlagTests
{
    private SpriteDxApp _app = null!;
    private AdminConsole _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        _admin = await AdminConsole.SignInAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_Test_Billing_Account_checks_out_in_Stripe_test_mode_until_the_flag_is_removed()
    {
        using var buyer = await Buyer.SignUpAsync(_app);

        var flagged = await _admin.SetFlagAsync(buyer.AccountId, "test_billing", on: true, reason: "QA account for the release");

        flagged.Status.Should().Be(HttpStatusCode.Redirect);
        var page = await _admin.AccountPageAsync(buyer.AccountId);
        AdminConsole.FlagBadges(page.Html).Should().Equal("test_billing");
        page.Html.Should().Contain("Test Billing Account").And.Contain("data-flag-state=\"test_billing\">On<");
        await Polling.UntilAsync(async () => (await buyer.BuyPageAsync()).Html.Contains("data-test-mode"), because: "Payments to switch the account to test mode");
        (await buyer.StartCheckoutAsync()).Should().StartWith("cs_test_");

        await _admin.SetFlagAsync(buyer.AccountId, "test_billing", on: false, reason: "QA finished");

        await Polling.UntilAsync(async () => !(await buyer.BuyPageAsync()).Html.Contains("data-test-mode"), because: "Payments to switch the account back to live mode");
        (await buyer.StartCheckoutAsync()).Should().StartWith("cs_live_");
        (await _admin.AuditActionsAsync($"/admin/audit?account={buyer.AccountId}")).Should().Equal("flag.test_billing.off", "flag.test_billing.on");
    }

    [Test]
    public async Task A_suspended_account_can_neither_generate_nor_sign_in_until_it_is_unsuspended()
    {
        using var player = await Player.SignUpAsync(_app);
        var tokenBefore = (await player.Browser.GetAsync("/")).AntiforgeryToken();

        (await _admin.SetFlagAsync(player.AccountId, "suspended", on: true, reason: "Chargeback fraud")).Status.Should().Be(HttpStatusCode.Redirect);

        // The sign-in cookie is still valid, but the account behind it is refused everything that needs one.
        await Polling.UntilAsync(async () => (await player.Browser.PostGenerationAsync("a red slime", tokenBefore)).StatusCode == HttpStatusCode.Forbidden,
            because: "the suspension to reach Accounts");
        (await player.Browser.GetAsync("/")).Html.Should().NotContain(player.Email, "a suspended account is treated as signed out");
        using var again = _app.NewBrowser();
        var refused = await again.LogInAsync(player.Email);
        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Errors().Should().ContainSingle().Which.Should().Contain("suspended");
        AdminConsole.FlagBadges((await _admin.AccountPageAsync(player.AccountId)).Html).Should().Equal("suspended");

        await _admin.SetFlagAsync(player.AccountId, "suspended", on: false, reason: "Bank resolved the dispute");

        await Polling.UntilAsync(async () => (await again.LogInAsync(player.Email)).Status == HttpStatusCode.Redirect, because: "the account to be unsuspended");
        var home = await again.GetAsync("/");
        home.Html.Should().Contain(player.Email);
        (await again.PostGenerationAsync("a red slime", home.AntiforgeryToken())).StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("flag.suspended.off", "flag.suspended.on");
    }

    [Test]
    public async Task A_flag_change_without_a_reason_or_a_confirmation_changes_nothing()
    {
        using var player = await Player.SignUpAsync(_app);

        var noReason = await _admin.SetFlagAsync(player.AccountId, "test_billing", on: true, reason: "  ");
        var unconfirmed = await _admin.SetFlagAsync(player.AccountId, "test_billing", on: true, confirm: false);
        var unknownFlag = await _admin.SetFlagAsync(player.AccountId, "vip", on: true);

        noReason.Status.Should().Be(HttpStatusCode.OK);
        noReason.Errors().Should().Equal("Give a reason; it is kept in the audit log.");
        unconfirmed.Errors().Should().Equal("Tick the box to confirm the change.");
        unknownFlag.Errors().Should().Equal("That flag does not exist.");
        AdminConsole.FlagBadges((await _admin.AccountPageAsync(player.AccountId)).Html).Should().BeEmpty();
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().BeEmpty();
    }

    [Test]
    public async Task Setting_a_flag_it_already_has_changes_nothing_the_second_time()
    {
        using var player = await Player.SignUpAsync(_app);

        await _admin.SetFlagAsync(player.AccountId, "early_access", on: true);
        var twice = await _admin.SetFlagAsync(player.AccountId, "early_access", on: true);

        twice.Status.Should().Be(HttpStatusCode.Redirect);
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("flag.early_access.on");
    }

    [Test]
    public async Task An_admin_cannot_suspend_their_own_account()
    {
        var adminId = await _app.AccountIdAsync(AdminConsole.Email);

        var answer = await _admin.SetFlagAsync(adminId, "suspended", on: true);

        answer.Errors().Should().Equal("You cannot suspend your own account.");
        (await _admin.Browser.GetAsync("/admin/accounts")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_unknown_account_has_no_page_and_cannot_be_flagged()
    {
        var nobody = Guid.NewGuid();

        (await _admin.AccountPageAsync(nobody)).Status.Should().Be(HttpStatusCode.NotFound);
        var token = (await _admin.Browser.GetAsync("/admin/accounts")).AntiforgeryToken();
        var post = await _admin.Browser.PostAsync($"/admin/accounts/{nobody}?handler=Flag", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["flag"] = "suspended", ["on"] = "true", ["reason"] = "Spam", ["confirm"] = "true",
        });

        post.Status.Should().Be(HttpStatusCode.NotFound);
        (await _admin.AuditActionsAsync($"/admin/audit?account={nobody}")).Should().BeEmpty();
    }
}
