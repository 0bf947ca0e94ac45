using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.UnitTests.BuildingBlocks;

public sealed class MailTests
{
    [TestCase("victim@example.com\r\nBcc: everyone@example.com", "Hello")]
    [TestCase("victim@example.com", "Hello\r\nBcc: everyone@example.com")]
    [TestCase("victim@example.com", "Hello\nX-Injected: yes")]
    [TestCase("victim@example.com, other@example.com", "Hello")]
    [TestCase("Victim <victim@example.com>", "Hello")]
    public void A_header_field_with_a_line_break_or_more_than_one_plain_address_is_refused(string to, string subject)
    {
        var queue = () => QueuedEmail.For(to, subject, "<p>hi</p>", "hi", DateTimeOffset.UnixEpoch);

        queue.Should().Throw<ArgumentException>();
    }

    [Test]
    public void A_plain_message_is_queued_due_at_once()
    {
        var now = DateTimeOffset.UnixEpoch;

        var queued = QueuedEmail.For("player@example.com", "Hello", "<p>hi</p>", "hi", now);

        queued.NextAttemptAt.Should().Be(now);
        queued.SentAt.Should().BeNull();
    }

    [Test]
    public void Retry_delays_double_up_to_the_maximum()
    {
        var options = new EmailOptions { FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromMinutes(1) };

        Enumerable.Range(1, 6).Select(options.RetryDelayAfter).Should().Equal(
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40),
            TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    [TestCase("https://sprites.example", null, "https://sprites.example/reset?x=1")]
    [TestCase("https://sprites.example/", null, "https://sprites.example/reset?x=1")]
    [TestCase(null, "http://127.0.0.1:5123", "http://127.0.0.1:5123/reset?x=1")]
    [TestCase(null, "http://[::]:8080", "http://localhost:8080/reset?x=1")]
    [TestCase(null, "http://+:80", "http://localhost/reset?x=1")]
    [TestCase("", "http://0.0.0.0:5000", "http://localhost:5000/reset?x=1")]
    public void Links_use_the_configured_public_url_else_the_first_address_served(string? configured, string? served, string expected)
    {
        var address = new PublicAddress(configured, new ServingAt(served));

        address.Link("/reset?x=1").Should().Be(expected);
    }

    private sealed class ServingAt : IServer
    {
        public ServingAt(string? address)
        {
            var addresses = new ServerAddressesFeature();
            if (address is not null)
                addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
