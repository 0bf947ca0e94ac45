using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// The address people reach the app at, for links that leave it (e-mail): `SpriteDX:PublicUrl`, else the first URL the
/// host serves. Never the request's Host header, which whoever sends the request chooses.
/// </summary>
public sealed class PublicAddress(string? configured, IServer server)
{
    private static readonly string[] AnyHost = ["+", "*", "[::]", "0.0.0.0"];

    public Uri Base => field ??= FromConfiguration() ?? FromServer();

    /// <summary>An absolute link to a path and query of this app (<paramref name="pathAndQuery"/> starts with '/').</summary>
    public string Link(string pathAndQuery) => new Uri(Base, pathAndQuery).ToString();

    private Uri? FromConfiguration() =>
        string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured.TrimEnd('/') + "/");

    private Uri FromServer()
    {
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Set SpriteDX:PublicUrl: the server has not said which address it serves.");
        var uri = new UriBuilder(first.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (AnyHost.Contains(uri.Host))
            uri.Host = "localhost";
        uri.Path = "/";
        return uri.Uri;
    }
}
