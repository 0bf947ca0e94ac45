using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Features.LowBalance;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.IntegrationTests.Credits;

/// <summary>The low-balance alert: one e-mail and one in-app notice per fall below the threshold the person set.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class LowBalanceAlertTests
{
    private TestSmtpServer _smtp = null!;
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _smtp = TestSmtpServer.Start();
        _app = SpriteDxApp.Start(TestSmtpServer.Settings(_smtp.Port));
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    [Test]
    public async Task Falling_below_the_alert_sends_one_email_and_one_notice_however_many_spends_follow()
    {
        using var player = await Player.SignUpAsync(_app);
        var set = await SetAlertAsync(player, "60");
        set.RedirectedTo.Should().Be("/billing#low-balance-alert");
        var billing = (await player.Browser.GetAsync("/billing")).Html;
        billing.Should().Contain("data-low-balance-alert=\"60\"").And.Contain("data-low-balance-state=\"watching\"");
        billing.Should().Contain("data-low-balance-threshold=\"60\"", "the badge tells the page's script when to ask for the notice");

        for (var i = 0; i < 7; i++)
            await player.RequestGenerationAsync(cost: 10);

        (await player.BalanceAsync()).Should().Be(30);
        await AlertsCheckedAsync();
        var mail = await _smtp.MessageToAsync(player.Email, Subject(60));
        mail.TextBody.Should().Contain("Your balance fell to 50 credits, below the 60 you asked us to watch for.");
        (await AlertMailsAsync(player.Email)).Should().Be(1, "the six spends under the threshold after the first crossed nothing more");

        var notice = await player.Browser.PostAsync("/billing?handler=LowBalanceNotice", Token(await player.Browser.GetAsync("/billing")));
        notice.Status.Should().Be(HttpStatusCode.NoContent, "the billing page's header already showed the notice of this crossing");
        billing = (await player.Browser.GetAsync("/billing")).Html;
        billing.Should().Contain("data-low-balance-state=\"below\"").And.Contain("data-low-balance-below").And.NotContain("data-low-balance-notice");
        billing.Should().NotContain("data-low-balance-threshold=\"60\"", "a fired alert waits for the balance to climb back");
    }

    [Test]
    public async Task The_in_app_notice_of_a_crossing_is_shown_once_whether_a_page_or_the_script_asks_first()
    {
        using var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "95");
        var page = await player.Browser.GetAsync("/billing");

        await player.RequestGenerationAsync(cost: 10);

        var notice = await player.Browser.PostAsync("/billing?handler=LowBalanceNotice", Token(page));
        notice.Status.Should().Be(HttpStatusCode.OK);
        notice.Html.Should().Be("{\"threshold\":95,\"balance\":90}");
        (await player.Browser.PostAsync("/billing?handler=LowBalanceNotice", Token(page))).Status.Should().Be(HttpStatusCode.NoContent);
        (await player.Browser.GetAsync("/")).Html.Should().NotContain("data-low-balance-notice");
    }

    [Test]
    public async Task A_page_shows_the_notice_once_after_a_crossing_made_elsewhere()
    {
        using var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "95");

        await player.RequestGenerationAsync(cost: 10); // as a script with an API key would, while no page is open

        var home = (await player.Browser.GetAsync("/")).Html;
        home.Should().Contain("data-low-balance-notice").And.Contain("Your balance is under 95 credits: 90 left.").And.Contain(PaymentsLinks.BuyCredits);
        (await player.Browser.GetAsync("/")).Html.Should().NotContain("data-low-balance-notice");
    }

    [Test]
    public async Task Climbing_back_to_the_threshold_arms_the_alert_again_so_the_next_fall_alerts_again()
    {
        using var player = await AlertedAt60Async();

        await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true));
        await AlertsCheckedAsync();
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("data-low-balance-state=\"watching\"");
        await player.RequestGenerationAsync(cost: 500);

        (await player.BalanceAsync()).Should().Be(50);
        (await AlertMailsAsync(player.Email)).Should().Be(2);
    }

    [Test]
    public async Task A_climb_back_and_a_fall_checked_in_one_batch_are_a_new_crossing()
    {
        using var player = await AlertedAt60Async();
        await AlertsCheckedAsync();

        // What the background check meets when a purchase of 500 and a spend of 500 reach it together (fresh-clone CI
        // of 7adbe7b): the stored balance is 50 again, and only the purchase's announcement tells it was 550 in between.
        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, player.AccountId, 500, 550, 0, "purchase", "500 credits"));

        (await AlertMailsAsync(player.Email)).Should().Be(2);
        (await CrossingsAnnouncedAsync(player.AccountId)).Should().Be(2);
    }

    [Test]
    public async Task Many_generations_crossing_the_alert_at_once_send_one_email()
    {
        using var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "55");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => player.RequestGenerationAsync(cost: 5)));

        (await player.BalanceAsync()).Should().Be(0);
        await _smtp.MessageToAsync(player.Email, Subject(55));
        (await AlertMailsAsync(player.Email)).Should().Be(1);
        (await CrossingsAnnouncedAsync(player.AccountId)).Should().Be(1);
    }

    [Test]
    public async Task An_alert_set_under_the_balance_already_waits_for_the_next_fall()
    {
        using var player = await Player.SignUpAsync(_app);
        await player.RequestGenerationAsync(cost: 60);

        var set = await SetAlertAsync(player, "60");
        (await player.Browser.GetAsync(set.RedirectedTo!)).Html.Should().Contain("Your balance is already under 60 credits");
        await player.RequestGenerationAsync(cost: 10);
        (await AlertMailsAsync(player.Email)).Should().Be(0);

        await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true));
        await player.RequestGenerationAsync(cost: 500);

        await _smtp.MessageToAsync(player.Email, Subject(60));
        (await AlertMailsAsync(player.Email)).Should().Be(1);
    }

    [Test]
    public async Task A_late_announcement_of_a_low_balance_alerts_nobody_once_the_balance_has_recovered()
    {
        using var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "60");
        await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true));

        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), player.AccountId, -70, 30, 0, "spend", "An older spend"));

        (await CrossingsAnnouncedAsync(player.AccountId)).Should().Be(0);
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("data-low-balance-state=\"watching\"");
    }

    [Test]
    public async Task A_turned_off_alert_tells_nothing()
    {
        using var player = await Player.SignUpAsync(_app);
        var set = await SetAlertAsync(player, "60");
        var page = await player.Browser.GetAsync(set.RedirectedTo!);

        var off = await player.Browser.PostAsync("/billing?handler=TurnOffLowBalanceAlert", Token(page));
        await player.RequestGenerationAsync(cost: 50);

        off.RedirectedTo.Should().Be("/billing#low-balance-alert");
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("data-low-balance-alert=\"off\"").And.NotContain("data-low-balance-off");
        (await CrossingsAnnouncedAsync(player.AccountId)).Should().Be(0);
    }

    [TestCase("-5", "1 or more")]
    [TestCase("0", "to stop the alerts, turn them off")]
    [TestCase("", "Enter the number of credits")]
    [TestCase("fifty", "whole number of credits")]
    [TestCase("1,5", "digits only")]
    [TestCase("12.5", "digits only")]
    [TestCase("1000001", "at most 1,000,000")]
    [TestCase("99999999999999999999999", "at most 1,000,000")]
    public async Task A_threshold_that_is_not_a_whole_number_of_credits_in_range_is_refused_and_changes_nothing(string typed, string message)
    {
        using var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "60");

        var refused = await SetAlertAsync(player, typed);

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.Errors().Should().ContainSingle().Which.Should().Contain(message);
        refused.Html.Should().Contain($"value=\"{WebUtility.HtmlEncode(typed)}\"", "the form keeps what was typed");
        (await player.Browser.GetAsync("/billing")).Html.Should().Contain("data-low-balance-alert=\"60\"");
    }

    /// <summary>A new account with an alert at 60 that a spend of 50 has crossed, its e-mail sent.</summary>
    private async Task<Player> AlertedAt60Async()
    {
        var player = await Player.SignUpAsync(_app);
        await SetAlertAsync(player, "60");
        await player.RequestGenerationAsync(cost: 50);
        await _smtp.MessageToAsync(player.Email, Subject(60));
        return player;
    }

    private static Task<TestBrowser.Page> SetAlertAsync(Player player, string threshold) =>
        player.Browser.SubmitFormAsync("/billing", new Dictionary<string, string> { ["threshold"] = threshold }, "/billing?handler=LowBalanceAlert");

    private static Dictionary<string, string> Token(TestBrowser.Page page) => new() { ["__RequestVerificationToken"] = page.AntiforgeryToken() };

    private static string Subject(long threshold) => $"Your SpriteDX balance is under {threshold} credits";

    /// <summary>Every balance change published so far has been checked against its alert (in the background, off the spend).</summary>
    private Task AlertsCheckedAsync() =>
        Polling.UntilAsync(() => _app.WithScopeAsync(services => Task.FromResult(services.GetRequiredService<LowBalanceWatchQueue>().Pending == 0)));

    /// <summary>Queued, sent or not, once every balance change has been checked.</summary>
    private async Task<int> AlertMailsAsync(string email)
    {
        await AlertsCheckedAsync();
        return await _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Set<QueuedEmail>()
            .CountAsync(m => m.To == email && m.Subject.StartsWith("Your SpriteDX balance is under")));
    }

    private async Task<int> CrossingsAnnouncedAsync(Guid accountId)
    {
        await AlertsCheckedAsync();
        return await _app.WithScopeAsync(async services =>
        {
            var outbox = await services.GetRequiredService<CreditsDbContext>().Outbox.AsNoTracking()
                .Where(m => m.Type.Contains(nameof(LowBalanceCrossed))).Select(m => m.Payload).ToListAsync();
            return outbox.Count(payload => payload.Contains(accountId.ToString()));
        });
    }
}
