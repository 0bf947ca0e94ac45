using Microsoft.AspNetCore.Http;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Features.Checkout;

namespace SpriteDX.Modules.Payments.Components;

internal sealed class BuyCreditsMenu(BillingAvailability billing) : IUserMenuContributor
{
    public IEnumerable<NavigationLink> LinksFor(HttpContext context) =>
        billing.IsAvailableTo(context.User) ? [new NavigationLink("Buy Credits", PaymentsLinks.BuyCredits, 5)] : [];
}
