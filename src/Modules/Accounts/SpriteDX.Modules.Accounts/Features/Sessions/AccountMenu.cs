using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;

namespace SpriteDX.Modules.Accounts.Features.Sessions;

/// <summary>The account page in the user menu, just above the admin entry and "Sign out".</summary>
internal sealed class AccountMenu : IUserMenuContributor
{
    public IEnumerable<NavigationLink> LinksFor(HttpContext context) => [new NavigationLink("Account", AccountsLinks.Account, 80)];
}
