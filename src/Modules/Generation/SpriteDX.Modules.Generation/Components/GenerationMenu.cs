using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Generation.Components;

internal sealed class GenerationMenu : IUserMenuContributor
{
    public IEnumerable<UserMenuLink> LinksFor(HttpContext context) => [new UserMenuLink("My sprites", "/generations", 5)];
}
