using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SpriteDX.Host.Composition;

internal static class StartupAnnouncement
{
    /// <summary>Says where SpriteDX can be opened, once the server has bound its addresses.</summary>
    public static void AnnounceUrlsOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is { Count: > 0 })
                app.Logger.LogInformation("SpriteDX is ready at {Urls}", string.Join(", ", addresses));
        });
}
