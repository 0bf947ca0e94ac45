using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Outbox;

namespace SpriteDX.BuildingBlocks.Telemetry;

/// <summary>
/// What the building blocks every module shares are doing: e-mails sent and given up, and each module's outbox
/// backlog and dead letters (read from the database when a scrape or an export asks, never on a request's path).
/// </summary>
public sealed class PlatformMetrics
{
    private readonly Counter<long> _emailsSent;
    private readonly Counter<long> _emailsFailed;

    public PlatformMetrics(IMeterFactory meters, IServiceProvider services)
    {
        var meter = meters.Create(SpriteDxTelemetry.MeterName("Platform"));
        _emailsSent = meter.CreateCounter<long>("spritedx.emails.sent", "{email}", "E-mails handed to the transport (SMTP or the pickup directory).");
        _emailsFailed = meter.CreateCounter<long>("spritedx.emails.failed", "{email}", "E-mail attempts that failed; given_up=true when no retry follows.");
        // Resolved at observation time: the counters are singletons created before every module has registered.
        meter.CreateObservableGauge("spritedx.outbox.backlog", () => Observe(services, counts => counts.Backlog), "{message}",
            "Notifications written but not yet delivered to every handler, per module.");
        meter.CreateObservableGauge("spritedx.outbox.dead_letters", () => Observe(services, counts => counts.DeadLetters), "{message}",
            "Notifications that exhausted their retries and wait for an admin, per module.");
    }

    public void EmailSent(string module) => _emailsSent.Add(1, new KeyValuePair<string, object?>("module", module));

    public void EmailFailed(string module, bool givenUp) =>
        _emailsFailed.Add(1, new("module", module), new("given_up", givenUp));

    private static IEnumerable<Measurement<long>> Observe(IServiceProvider services, Func<OutboxCounts, long> value) =>
        services.GetServices<IOutboxStatistics>()
            .Select(statistics => new Measurement<long>(value(statistics.Count()), new KeyValuePair<string, object?>("module", statistics.Module)));
}
