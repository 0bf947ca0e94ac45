using Microsoft.AspNetCore.Http;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>A link a module adds to navigation the Host's layouts render: the user menu or the admin pages' navigation.</summary>
public sealed record NavigationLink(string Text, string Href, int Order);

/// <summary>Entries a module adds to the signed-in user's menu, which may depend on who is asking.</summary>
public interface IUserMenuContributor
{
    IEnumerable<NavigationLink> LinksFor(HttpContext context);
}

/// <summary>A module's entries in the admin pages' navigation; the admin layout renders every module's, ordered, and marks the current one.</summary>
public sealed record AdminNavigation(params IReadOnlyList<NavigationLink> Links);
