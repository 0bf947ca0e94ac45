using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Generation.Components;

internal sealed class GenerationMenu : IUserMenuContributor
{
    public IEnumerable<NavigationLink> LinksFor(HttpContext context) => [new NavigationLink("My sprites", "/generations", 5)];
}
