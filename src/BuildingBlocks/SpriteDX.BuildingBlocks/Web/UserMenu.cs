using Microsoft.AspNetCore.Http;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>An entry a module adds to the signed-in user's menu; the Host's layout renders them all.</summary>
public sealed record UserMenuLink(string Text, string Href, int Order);

public interface IUserMenuContributor
{
    IEnumerable<UserMenuLink> LinksFor(HttpContext context);
}
