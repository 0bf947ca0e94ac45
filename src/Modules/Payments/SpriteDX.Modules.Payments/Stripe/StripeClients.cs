using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;
using Stripe;

namespace SpriteDX.Modules.Payments.Stripe;

/// <summary>
/// One Stripe.net client per billing mode, each with its own key, so a Test Billing Account can never
/// reach the live account; the global StripeConfiguration.ApiKey is never set.
/// </summary>
internal sealed class StripeClients(IOptions<StripeOptions> options, IServer server)
{
    private readonly ConcurrentDictionary<BillingMode, StripeClient> _clients = new();

    public bool IsConfigured(BillingMode mode) => !string.IsNullOrWhiteSpace(options.Value.For(mode).SecretKey);

    /// <summary>The client of that mode; callers check <see cref="IsConfigured"/> first where a person can meet the gap.</summary>
    public StripeClient For(BillingMode mode) =>
        _clients.GetOrAdd(mode, m => IsConfigured(m)
            ? new StripeClient(options.Value.For(m).SecretKey!, apiBase: ApiBase())
            : throw new InvalidOperationException($"Stripe:{m}:SecretKey is not configured."));

    // Resolved on first use, because an in-process emulator lives at an address known only once the server listens.
    private string? ApiBase()
    {
        var configured = options.Value.ApiBase;
        if (string.IsNullOrWhiteSpace(configured) || !configured.StartsWith('/'))
            return configured?.TrimEnd('/');
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var own = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                  ?? throw new InvalidOperationException($"Stripe:ApiBase '{configured}' is a path, but the server has no address yet.");
        return OwnLoopbackAddress(own) + configured.TrimEnd('/');
    }

    // A wildcard listen address is not somewhere to send a request to; loopback reaches the same server.
    private static string OwnLoopbackAddress(string listening) => listening.TrimEnd('/')
        .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
        .Replace("://[::]", "://[::1]", StringComparison.Ordinal)
        .Replace("://+", "://localhost", StringComparison.Ordinal)
        .Replace("://*", "://localhost", StringComparison.Ordinal);
}
