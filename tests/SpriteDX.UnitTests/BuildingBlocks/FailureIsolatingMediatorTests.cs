using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.UnitTests.BuildingBlocks;

public sealed class FailureIsolatingMediatorTests
{
    [Test]
    public async Task Every_handler_runs_even_when_an_earlier_one_throws()
    {
        var seen = new List<string>();
        await using var services = Build(seen);

        var publish = () => services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Publish(new Pinged(Guid.NewGuid(), DateTimeOffset.UnixEpoch, Fail: "AlphaOnPinged"));

        var failure = (await publish.Should().ThrowAsync<NotificationDeliveryException>()).Which;
        failure.Failures.Should().ContainSingle().Which.Handler.Should().Be("AlphaOnPinged");
        failure.Message.Should().Contain("AlphaOnPinged: alpha broke");
        seen.Should().Equal("BetaOnPinged", "GammaOnPinged");
    }

    [Test]
    public async Task Every_failure_is_reported_not_only_the_first()
    {
        var seen = new List<string>();
        await using var services = Build(seen);

        var publish = () => services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Publish(new Pinged(Guid.NewGuid(), DateTimeOffset.UnixEpoch, Fail: "*"));

        (await publish.Should().ThrowAsync<NotificationDeliveryException>()).Which.Failures.Select(f => f.Handler)
            .Should().Equal("AlphaOnPinged", "BetaOnPinged", "GammaOnPinged");
    }

    [Test]
    public async Task Each_handler_gets_its_own_scope()
    {
        var seen = new List<string>();
        await using var services = Build(seen);

        await services.CreateScope().ServiceProvider.GetRequiredService<IMediator>().Publish(new Pinged(Guid.NewGuid(), DateTimeOffset.UnixEpoch, Fail: null));

        services.GetRequiredService<ScopeCounter>().Distinct.Should().Be(3);
    }

    private static ServiceProvider Build(List<string> seen)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(seen);
        services.AddSingleton<ScopeCounter>();
        services.AddScoped<ScopedMarker>();
        services.AddEventBus();
        services.AddNotificationHandlersFrom(typeof(FailureIsolatingMediatorTests).Assembly);
        return services.BuildServiceProvider(validateScopes: true);
    }
}

public sealed record Pinged(Guid MessageId, DateTimeOffset OccurredAt, string? Fail) : IIntegrationEvent;

internal sealed class ScopedMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}

internal sealed class ScopeCounter
{
    private readonly HashSet<Guid> _ids = [];

    public int Distinct => _ids.Count;

    public void Saw(ScopedMarker marker)
    {
        lock (_ids)
            _ids.Add(marker.Id);
    }
}

internal abstract class PingRecorder(List<string> seen, ScopedMarker marker, ScopeCounter counter) : INotificationHandler<Pinged>
{
    public Task Handle(Pinged notification, CancellationToken cancellationToken)
    {
        counter.Saw(marker);
        var name = GetType().Name;
        if (notification.Fail == name || notification.Fail == "*")
            throw new InvalidOperationException($"{name[..name.IndexOf("On", StringComparison.Ordinal)].ToLowerInvariant()} broke");
        seen.Add(name);
        return Task.CompletedTask;
    }
}

internal sealed class AlphaOnPinged(List<string> seen, ScopedMarker marker, ScopeCounter counter) : PingRecorder(seen, marker, counter);

internal sealed class BetaOnPinged(List<string> seen, ScopedMarker marker, ScopeCounter counter) : PingRecorder(seen, marker, counter);

internal sealed class GammaOnPinged(List<string> seen, ScopedMarker marker, ScopeCounter counter) : PingRecorder(seen, marker, counter);
