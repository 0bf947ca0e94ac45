using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Admin;

/// <summary>Admins find the admin pages in the user menu; nobody else sees the entry.</summary>
internal sealed class AdminMenu : IUserMenuContributor
{
    public IEnumerable<UserMenuLink> LinksFor(HttpContext context) =>
        context.User.IsAdmin() ? [new UserMenuLink("Admin", "/admin/accounts", 90)] : [];
}
