using System.Diagnostics.Metrics;
using SpriteDX.BuildingBlocks.Telemetry;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Features.Render;

/// <summary>Generations by outcome, and how long rendering took (from its start to success or failure).</summary>
internal sealed class GenerationMetrics
{
    private readonly Counter<long> _settled;
    private readonly Histogram<double> _renderTime;

    public GenerationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(SpriteDxTelemetry.MeterName(typeof(GenerationMetrics)));
        _settled = meter.CreateCounter<long>("spritedx.generations", "{generation}", "Generations settled, by outcome: succeeded, failed or rejected.");
        _renderTime = meter.CreateHistogram<double>("spritedx.generation.render_time", "s", "From the start of rendering to success or failure.");
    }

    public void Settled(GenerationStatus outcome, TimeSpan? renderTime)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant());
        _settled.Add(1, tag);
        if (renderTime is { } elapsed)
            _renderTime.Record(elapsed.TotalSeconds, tag);
    }
}
