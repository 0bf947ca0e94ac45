using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;

namespace SpriteDX.UnitTests.BuildingBlocks;

public sealed class OutboxMessageTests
{
    [Test]
    public void A_notification_survives_the_round_trip_through_the_outbox()
    {
        var registered = new AccountRegistered(Guid.NewGuid(), new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), Guid.NewGuid(), "a@b.c", false, true);

        var message = OutboxMessage.From(registered);

        message.Id.Should().Be(registered.MessageId);
        message.Name.Should().Be("AccountRegistered");
        message.Type.Should().Be("SpriteDX.Modules.Accounts.Contracts.AccountRegistered, SpriteDX.Modules.Accounts.Contracts");
        message.ToNotification().Should().Be(registered);
    }

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 4)]
    [TestCase(5, 16)]
    [TestCase(12, 300)]
    [TestCase(60, 300)]
    public void Retry_delays_double_up_to_a_cap(int attempts, int expectedSeconds)
    {
        var options = new EventBusOptions { FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        options.RetryDelayAfter(attempts).Should().Be(TimeSpan.FromSeconds(expectedSeconds));
    }
}
