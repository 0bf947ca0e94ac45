using System.Net;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>Grants and debits from the account page: in the person's ledger once, with their reason, or refused with a clear error.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class CreditAdjustmentTests
{
    private SpriteDxApp _app = null!;
    private AdminConsole _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start();
        _admin = await AdminConsole.SignInAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_grant_confirmed_twice_from_the_same_form_reaches_the_ledger_once()
    {
        using var player = await Player.SignUpAsync(_app);
        var form = await _admin.ConfirmationFormAsync(player.AccountId, "500", "Contest prize");

        var first = await _admin.PostCreditsAsync(player.AccountId, form);
        var second = await _admin.PostCreditsAsync(player.AccountId, form);

        first.Status.Should().Be(HttpStatusCode.Redirect);
        second.Status.Should().Be(HttpStatusCode.Redirect);
        await Buyer.EventuallyAsync(player.BalanceAsync, 600L, "the balance");
        (await player.LedgerKindsAsync()).Should().Equal("admin_grant", "signup_bonus");
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("Contest prize");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("credits.grant");
        await Polling.UntilAsync(async () => (await _admin.AccountPageAsync(player.AccountId)).Html.Contains("data-account-balance>600<"),
            because: "the admin's read model to show the new balance");
    }

    [Test]
    public async Task The_admin_sees_the_exact_amount_and_nothing_moves_until_it_is_confirmed()
    {
        using var player = await Player.SignUpAsync(_app);

        var review = await _admin.PostCreditsAsync(player.AccountId, await _admin.CreditsFormAsync(player.AccountId, "+001500", "Contest prize"));

        review.Status.Should().Be(HttpStatusCode.OK);
        AdminConsole.PendingCredits(review).Should().Be("1,500");
        review.Html.Should().Contain("Confirm grant").And.Contain(player.Email);
        AdminConsole.ConfirmationFields(review)!["amount"].Should().Be("1500", "the confirmation carries the number as it was read, not the text");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().BeEmpty();
        (await player.BalanceAsync()).Should().Be(100);

        (await _admin.PostCreditsAsync(player.AccountId, AdminConsole.ConfirmationFields(review)!)).Status.Should().Be(HttpStatusCode.Redirect);
        await Buyer.EventuallyAsync(player.BalanceAsync, 1600L, "the balance");
    }

    [Test]
    public async Task A_debit_takes_credits_back_but_never_below_zero()
    {
        using var player = await Player.SignUpAsync(_app);

        (await _admin.AdjustCreditsAsync(player.AccountId, "-30", "Duplicate bonus")).Status.Should().Be(HttpStatusCode.Redirect);
        await Buyer.EventuallyAsync(player.BalanceAsync, 70L, "the balance");
        (await _admin.AdjustCreditsAsync(player.AccountId, "-1000", "Abuse")).Status.Should().Be(HttpStatusCode.Redirect);

        await Buyer.EventuallyAsync(player.BalanceAsync, 0L, "the balance");
        (await player.LedgerKindsAsync()).Should().Equal("admin_debit", "admin_debit", "signup_bonus");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("credits.debit", "credits.debit");
    }

    [TestCase("", "Contest prize", "Enter how many credits to grant (or a negative number to debit).")]
    [TestCase("abc", "Contest prize", "Enter a whole number of credits, like 500 or -200.")]
    [TestCase("12.5", "Contest prize", "Type the number of credits as digits only, without separators or decimals: 1500, not 1,500 or 1.5.")]
    [TestCase("0", "Contest prize", "Enter a number other than zero.")]
    [TestCase("1000001", "Contest prize", "An adjustment can move at most 1,000,000 credits.")]
    [TestCase("-99999999999999999999999", "Contest prize", "An adjustment can move at most 1,000,000 credits.")]
    [TestCase("-9223372036854775808", "Contest prize", "An adjustment can move at most 1,000,000 credits.")]
    [TestCase("1,5", "Contest prize", "Type the number of credits as digits only, without separators or decimals: 1500, not 1,500 or 1.5.")]
    [TestCase("500", "", "Give a reason; it is kept in the audit log.")]
    public async Task A_bad_adjustment_is_refused_with_a_clear_error_and_changes_nothing(string amount, string reason, string error)
    {
        using var player = await Player.SignUpAsync(_app);

        var answer = await _admin.AdjustCreditsAsync(player.AccountId, amount, reason);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Errors().Should().Equal(error);
        answer.Html.Should().Contain($"value=\"{amount}\"", "what the admin typed stays in the form");
        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("signup_bonus");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().BeEmpty();
    }

    [Test]
    public async Task A_reason_longer_than_200_characters_is_refused()
    {
        using var player = await Player.SignUpAsync(_app);

        var answer = await _admin.AdjustCreditsAsync(player.AccountId, "10", new string('x', 201));

        answer.Errors().Should().Equal("Keep the reason to 200 characters.");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().BeEmpty();
    }

    [Test]
    public async Task Credits_cannot_be_granted_to_an_account_that_does_not_exist()
    {
        using var player = await Player.SignUpAsync(_app);
        var form = await _admin.ConfirmationFormAsync(player.AccountId, "500");
        var nobody = Guid.NewGuid();

        var answer = await _admin.PostCreditsAsync(nobody, form);

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        (await _admin.AuditActionsAsync($"/admin/audit?account={nobody}")).Should().BeEmpty();
        (await player.BalanceAsync()).Should().Be(100);
    }
}
