using System.Diagnostics.Metrics;
using SpriteDX.BuildingBlocks.Telemetry;

namespace SpriteDX.Modules.Credits.Features.Metrics;

/// <summary>
/// Credits moved, by ledger kind (the codes Usage and Billing shows: <c>signup_bonus</c>, <c>purchase</c>,
/// <c>admin_grant</c>, <c>spend</c>, <c>spend_released</c>, <c>refund</c>, …) and direction. Credits spent are
/// <c>spend</c> minus <c>spend_released</c>; granted are <c>signup_bonus</c> and <c>admin_grant</c>; purchased are <c>purchase</c>.
/// </summary>
internal sealed class CreditsMetrics
{
    private readonly Counter<long> _moved;

    public CreditsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(SpriteDxTelemetry.MeterName(typeof(CreditsMetrics)));
        _moved = meter.CreateCounter<long>("spritedx.credits.moved", "{credit}", "Credits added to (in) or taken from (out) balances, by ledger kind.");
    }

    public void Moved(string kind, long delta)
    {
        if (delta == 0)
            return;
        _moved.Add(Math.Abs(delta), new("kind", kind), new("direction", delta > 0 ? "in" : "out"));
    }
}
