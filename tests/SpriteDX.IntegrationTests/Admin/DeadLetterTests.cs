using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>Notifications that ran out of retries show up for admins, who retry or dismiss them; each action is audited.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class DeadLetterTests
{
    private SpriteDxApp _app = null!;
    private AdminConsole _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start(("EventBus:MaxAttempts", "1")); // the first failed delivery parks a notification
        _admin = await AdminConsole.SignInAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_dead_letter_retried_once_its_cause_is_fixed_is_delivered_and_leaves_the_list()
    {
        using var player = await Player.SignUpAsync(_app);
        var purchaseId = Guid.NewGuid();
        // A refund announced before its purchase: Admin's read model cannot place it, so the delivery fails.
        var refund = await SendFromCreditsOutboxAsync(new PurchaseRefunded(Guid.NewGuid(), DateTimeOffset.UtcNow, purchaseId, player.AccountId, "re_1", 500, 500, "usd"));
        var listed = await DeadLettersPageEventuallyAsync(refund);
        listed.Html.Should().Contain("PurchaseRefunded").And.Contain("credits").And.Contain("is not known yet");

        await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, purchaseId, player.AccountId, "pack-500", "Starter", 500, 500, "usd", true));
        var retried = await ActAsync("Retry", refund);

        retried.Status.Should().Be(HttpStatusCode.Redirect);
        (await _admin.Browser.GetAsync("/admin/dead-letters")).Html.Should().NotContain($"data-dead-letter=\"{refund}\"");
        (await _admin.AccountPageAsync(player.AccountId)).Html.Should().Contain($"data-purchase=\"{purchaseId}\" data-purchase-status=\"refunded\"");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("dead_letter.retry");
    }

    [Test]
    public async Task A_dismissed_dead_letter_is_never_delivered_and_cannot_be_retried_afterwards()
    {
        using var player = await Player.SignUpAsync(_app);
        var dispute = await SendFromCreditsOutboxAsync(new PurchaseDisputed(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "dp_1", 500));
        await DeadLettersPageEventuallyAsync(dispute);

        var dismissed = await ActAsync("Dismiss", dispute);
        var retriedLate = await ActAsync("Retry", dispute);

        dismissed.Status.Should().Be(HttpStatusCode.Redirect);
        retriedLate.Status.Should().Be(HttpStatusCode.Redirect);
        (await _admin.Browser.GetAsync("/admin/dead-letters")).Html.Should().NotContain($"data-dead-letter=\"{dispute}\"");
        (await _admin.AuditActionsAsync($"/admin/audit?account={player.AccountId}")).Should().Equal("dead_letter.dismiss");
    }

    /// <summary>Writes the notification to the Credits outbox the way Credits does, so it is delivered and fails for real.</summary>
    private Task<Guid> SendFromCreditsOutboxAsync(IIntegrationEvent notification) =>
        _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CreditsDbContext>();
            db.Outbox.Add(notification);
            await db.SaveAndPublishAsync();
            return notification.MessageId;
        });

    private async Task<TestBrowser.Page> DeadLettersPageEventuallyAsync(Guid messageId)
    {
        TestBrowser.Page page = null!;
        await Polling.UntilAsync(async () => (page = await _admin.Browser.GetAsync("/admin/dead-letters")).Html.Contains($"data-dead-letter=\"{messageId}\""),
            because: $"notification {messageId} to become a dead letter");
        return page;
    }

    private Task<TestBrowser.Page> ActAsync(string handler, Guid messageId) =>
        _admin.Browser.SubmitFormAsync("/admin/dead-letters",
            new Dictionary<string, string> { ["module"] = "credits", ["messageId"] = messageId.ToString() }, $"/admin/dead-letters?handler={handler}");
}
