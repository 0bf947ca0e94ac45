using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Credits.Components;

internal sealed class CreditsMenu : IUserMenuContributor
{
    public IEnumerable<NavigationLink> LinksFor(HttpContext context) => [new NavigationLink("Usage and Billing", CreditsLinks.Billing, 10)];
}
