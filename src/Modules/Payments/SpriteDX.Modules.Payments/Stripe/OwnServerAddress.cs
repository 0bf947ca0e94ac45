using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpriteDX.Modules.Payments.Stripe;

/// <summary>
/// This process's own base URL, for calls the app makes to itself (an in-process emulator, the debug page's
/// signed sample webhooks). Known only once the server listens, so it is asked for at each use.
/// </summary>
internal sealed class OwnServerAddress(IServer server)
{
    public string Base()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var own = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
                  ?? throw new InvalidOperationException("The server has no address yet.");
        return Loopback(own);
    }

    // A wildcard listen address is not somewhere to send a request to; loopback reaches the same server.
    private static string Loopback(string listening) => listening.TrimEnd('/')
        .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
        .Replace("://[::]", "://[::1]", StringComparison.Ordinal)
        .Replace("://+", "://localhost", StringComparison.Ordinal)
        .Replace("://*", "://localhost", StringComparison.Ordinal);
}
