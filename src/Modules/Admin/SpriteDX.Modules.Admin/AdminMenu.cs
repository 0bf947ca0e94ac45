using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.Modules.Admin;

/// <summary>Admins find the admin pages in the user menu; nobody else sees the entry.</summary>
internal sealed class AdminMenu : IUserMenuContributor
{
    public IEnumerable<NavigationLink> LinksFor(HttpContext context) =>
        context.User.IsAdmin() ? [new NavigationLink("Admin", AdminLinks.Accounts, 90)] : [];
}
