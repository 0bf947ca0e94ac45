using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.IntegrationTests.EventBus;

[Parallelizable(ParallelScope.All)]
public sealed class EventBusTests
{
    [Test]
    public async Task A_committed_notification_reaches_every_handler_at_once()
    {
        await using var bus = new EventBusHarness();

        var id = await bus.SendAsync("hello");

        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "SecondReaction", "ThirdReaction");
        await Infrastructure.Polling.UntilAsync(
            async () => await bus.SenderOutboxRowAsync(id) is { PublishedAt: not null, LockedUntil: null },
            because: "the delivery is marked a moment later, together with others, and the claim taken with the write is released");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_notification_is_handled_after_the_connection_that_committed_it_went_back_to_the_pool(bool inTransaction)
    {
        Infrastructure.TestPostgres.RequirePostgres("A pool of one connection");
        // Handlers run during the sender's commit; were the sender's connection still held, each handler
        // would wait for it until the pool gave up. With a pool per instance, concurrent requests deadlock that way.
        await using var bus = new EventBusHarness(connections: 1);

        var id = inTransaction ? await bus.SendInTransactionAsync("one at a time") : await bus.SendAsync("one at a time");

        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "SecondReaction", "ThirdReaction");
        await Infrastructure.Polling.UntilAsync(async () => await bus.SenderOutboxRowAsync(id) is { PublishedAt: not null }, because: "the delivery to be marked");
    }

    [Test]
    public async Task A_plain_save_runs_no_handler_and_leaves_its_notification_to_the_sweep()
    {
        await using var bus = new EventBusHarness();

        var id = await bus.SendWithoutPublishingAsync("later");

        (await bus.ReactionsAsync()).Should().BeEmpty("only SaveAndPublishAsync runs other modules' handlers");
        (await bus.SenderOutboxRowAsync(id)).LockedUntil.Should().BeNull("no publisher claimed it");
        bus.Logs.Entries.Should().ContainSingle(e => e.Contains("SomethingHappened saved without SaveAndPublishAsync"));
        bus.Clock.Advance(TimeSpan.FromSeconds(6));
        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(1);
        (await bus.ReactionsAsync()).Should().HaveCount(3);
    }

    [Test]
    public async Task Nothing_is_published_before_the_transaction_holding_it_commits()
    {
        await using var bus = new EventBusHarness();

        var act = () => bus.PublishInsideTransactionAsync("too early");

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*CommitAndPublishAsync*");
        (await bus.ReactionsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task A_row_leased_by_another_dispatcher_is_left_to_it_until_the_lease_runs_out()
    {
        await using var bus = new EventBusHarness();
        var id = await bus.SendThenCrashAsync("claimed");
        await bus.LeaseElsewhereAsync(id, TimeSpan.FromMinutes(2));
        bus.Clock.Advance(TimeSpan.FromSeconds(6));

        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(0, "its claimer may still be publishing it");
        (await bus.ReactionsAsync()).Should().BeEmpty();

        bus.Clock.Advance(TimeSpan.FromMinutes(2));
        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(1, "a claimer that died lets go when its lease runs out");
        (await bus.ReactionsAsync()).Should().HaveCount(3);
        var row = await bus.SenderOutboxRowAsync(id);
        row.PublishedAt.Should().NotBeNull();
        row.LockedUntil.Should().BeNull();
    }

    [Test]
    public async Task A_handler_that_throws_does_not_stop_the_others_and_is_retried_alone()
    {
        await using var bus = new EventBusHarness();
        bus.Faults.Fail("SecondReaction", times: 1);

        var id = await bus.SendAsync("hello");

        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "ThirdReaction");
        var row = await bus.SenderOutboxRowAsync(id);
        row.PublishedAt.Should().BeNull();
        row.Attempts.Should().Be(1);
        row.LastError.Should().Contain("SecondReaction failed on purpose");

        bus.Clock.Advance(TimeSpan.FromSeconds(11));
        await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None);

        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "SecondReaction", "ThirdReaction");
        (await bus.SenderOutboxRowAsync(id)).PublishedAt.Should().NotBeNull();
    }

    [Test]
    public async Task Retries_wait_for_their_back_off()
    {
        await using var bus = new EventBusHarness();
        bus.Faults.Fail("FirstReaction", times: 1);
        var id = await bus.SendAsync("hello");

        bus.Clock.Advance(TimeSpan.FromSeconds(5));
        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(0);

        bus.Clock.Advance(TimeSpan.FromSeconds(6));
        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(1);
        (await bus.SenderOutboxRowAsync(id)).PublishedAt.Should().NotBeNull();
    }

    [Test]
    public async Task A_handler_failing_every_time_ends_as_a_dead_letter_that_can_be_retried()
    {
        await using var bus = new EventBusHarness();
        bus.Faults.Fail("ThirdReaction", times: 3);
        var id = await bus.SendAsync("doomed");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            bus.Clock.Advance(TimeSpan.FromMinutes(10));
            await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None);
        }

        var row = await bus.SenderOutboxRowAsync(id);
        row.DeadLetteredAt.Should().NotBeNull();
        row.Attempts.Should().Be(3);
        var dead = await bus.SenderDeadLetters.ListAsync(CancellationToken.None);
        dead.Should().ContainSingle(d => d.MessageId == id && d.Notification == "SomethingHappened" && d.LastError!.Contains("ThirdReaction"));
        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "SecondReaction");

        (await bus.SenderDeadLetters.RetryAsync(id, CancellationToken.None)).Should().BeTrue();

        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("FirstReaction", "SecondReaction", "ThirdReaction");
        (await bus.SenderDeadLetters.ListAsync(CancellationToken.None)).Should().BeEmpty();
    }

    [Test]
    public async Task A_dismissed_dead_letter_is_not_delivered_again()
    {
        await using var bus = new EventBusHarness();
        bus.Faults.Fail("FirstReaction");
        var id = await bus.SendAsync("doomed");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            bus.Clock.Advance(TimeSpan.FromMinutes(10));
            await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None);
        }

        (await bus.SenderDeadLetters.DismissAsync(id, CancellationToken.None)).Should().BeTrue();

        (await bus.SenderDeadLetters.ListAsync(CancellationToken.None)).Should().BeEmpty();
        (await bus.SenderDeadLetters.RetryAsync(id, CancellationToken.None)).Should().BeFalse();
    }

    [Test]
    public async Task A_crash_between_commit_and_publish_loses_nothing_the_sweep_delivers_it()
    {
        await using var bus = new EventBusHarness();

        var id = await bus.SendThenCrashAsync("survivor");
        (await bus.ReactionsAsync()).Should().BeEmpty();
        (await bus.SenderOutboxRowAsync(id)).PublishedAt.Should().BeNull();
        (await bus.SenderOutbox.DispatchDueAsync(CancellationToken.None)).Should().Be(0, "a fresh row is the immediate publisher's for a moment");
        bus.Clock.Advance(TimeSpan.FromSeconds(6));

        using var stop = new CancellationTokenSource();
        await bus.Sweeper.StartAsync(stop.Token);
        await Infrastructure.Polling.UntilAsync(async () => (await bus.ReactionsAsync()).Count == 3, because: "the sweep delivers");
        await bus.Sweeper.StopAsync(CancellationToken.None);

        (await bus.SenderOutboxRowAsync(id)).PublishedAt.Should().NotBeNull();
    }

    [Test]
    public async Task A_duplicate_delivery_has_no_second_effect()
    {
        await using var bus = new EventBusHarness();
        var notification = new SomethingHappened(Guid.NewGuid(), bus.Clock.GetUtcNow(), "once");

        await bus.PublishDirectlyAsync(notification);
        await bus.PublishDirectlyAsync(notification);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.PublishDirectlyAsync(notification).ContinueWith(_ => { }, TaskScheduler.Default)));

        (await bus.ReactionsAsync()).Should().HaveCount(3).And.OnlyContain(r => r.Text == "once");
    }

    [Test]
    public async Task A_failed_handler_leaves_none_of_its_changes_behind()
    {
        await using var bus = new EventBusHarness();
        bus.Faults.Fail("FirstReaction", times: 1);

        var act = () => bus.PublishDirectlyAsync(new SomethingHappened(Guid.NewGuid(), bus.Clock.GetUtcNow(), "partial"));

        (await act.Should().ThrowAsync<NotificationDeliveryException>()).Which.Failures.Should().ContainSingle(f => f.Handler == "FirstReaction");
        (await bus.ReactionsAsync()).Select(r => r.Handler).Should().Equal("SecondReaction", "ThirdReaction");
    }
}
