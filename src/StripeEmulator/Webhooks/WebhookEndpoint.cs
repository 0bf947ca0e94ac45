using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>Where events go: the configured URL, a path on this process's own server, or the resolver's answer.</summary>
internal sealed class WebhookEndpoint(IOptions<StripeEmulatorOptions> options, IServiceProvider services)
{
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(options.Value.WebhookUrl) || options.Value.WebhookUrlResolver is not null;

    public string? Resolve()
    {
        var configured = options.Value.WebhookUrl;
        if (string.IsNullOrWhiteSpace(configured)) return options.Value.WebhookUrlResolver?.Invoke();
        if (Uri.TryCreate(configured, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return configured;
        return (OwnServerAddress() ?? "http://localhost").TrimEnd('/') + "/" + configured.TrimStart('/');
    }

    private string? OwnServerAddress()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses?.FirstOrDefault();
        if (address is null) return null;
        // A wildcard listen address is not somewhere to send a request to; loopback reaches the same server.
        return address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://[::1]", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal);
    }
}
