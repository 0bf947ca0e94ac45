using System.Text.Json.Nodes;

namespace SpriteDX.StripeEmulator.Api;

/// <summary>How an injected fault answers an API call.</summary>
internal enum ApiFaultKind
{
    /// <summary>Stripe's 500 <c>api_error</c>, before the call changes anything.</summary>
    ServerError,

    /// <summary>No answer until the caller gives up (or the emulator stops); the call changes nothing.</summary>
    Timeout,

    /// <summary>The call runs and answers as usual, after a delay.</summary>
    Slow,
}

internal sealed record ApiFault(string Path, string? Method, ApiFaultKind Kind, TimeSpan Delay, int Remaining);

/// <summary>
/// Faults armed through <c>POST /_emulator/faults</c>: the next N Stripe API calls whose path starts with the
/// armed one (and, if given, use that method) fail or slow down. A test or the simulator uses it to see the
/// app through Stripe's bad moments.
/// </summary>
internal sealed class ApiFaults
{
    private readonly Lock _gate = new();
    private readonly List<ApiFault> _armed = [];

    public void Arm(ApiFault fault)
    {
        lock (_gate)
            _armed.Add(fault);
    }

    public void Clear()
    {
        lock (_gate)
            _armed.Clear();
    }

    public JsonArray Describe()
    {
        lock (_gate)
        {
            return new JsonArray(_armed.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["method"] = f.Method,
                ["status"] = f.Kind switch { ApiFaultKind.ServerError => "500", ApiFaultKind.Timeout => "timeout", _ => "slow" },
                ["delay_ms"] = (long)f.Delay.TotalMilliseconds,
                ["remaining"] = f.Remaining,
            }).ToArray());
        }
    }

    /// <summary>The fault this call meets, if any; each call uses up one of the first matching fault's count.</summary>
    public ApiFault? Take(string method, string apiPath)
    {
        lock (_gate)
        {
            var index = _armed.FindIndex(f => apiPath.StartsWith(f.Path, StringComparison.Ordinal)
                                              && (f.Method is null || string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase)));
            if (index < 0)
                return null;
            var fault = _armed[index];
            if (fault.Remaining <= 1)
                _armed.RemoveAt(index);
            else
                _armed[index] = fault with { Remaining = fault.Remaining - 1 };
            return fault;
        }
    }
}
