using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Features.Checkout;

namespace SpriteDX.Modules.Payments.Components;

internal sealed class BuyCreditsMenu(BillingAvailability billing) : IUserMenuContributor
{
    public IEnumerable<UserMenuLink> LinksFor(HttpContext context) =>
        billing.IsAvailableTo(context.User) ? [new UserMenuLink("Buy Credits", "/billing/buy", 5)] : [];
}
