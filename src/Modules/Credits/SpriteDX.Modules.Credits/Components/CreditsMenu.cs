using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Credits.Components;

internal sealed class CreditsMenu : IUserMenuContributor
{
    public IEnumerable<UserMenuLink> LinksFor(HttpContext context) => [new UserMenuLink("Usage and Billing", "/billing", 10)];
}
