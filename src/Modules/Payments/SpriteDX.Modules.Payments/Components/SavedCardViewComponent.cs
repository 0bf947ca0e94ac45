using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.SavedCards;

namespace SpriteDX.Modules.Payments.Components;

/// <summary>
/// The saved card of the account's current billing mode on Usage and Billing, with the way to remove it. Public for
/// MVC to find it; the services are internal, so they come from the request.
/// </summary>
public sealed class SavedCardViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        if (!services.GetRequiredService<BillingAvailability>().IsAvailableTo(UserClaimsPrincipal))
            return Content("");
        var cards = services.GetRequiredService<CustomerCards>();
        var accountId = UserClaimsPrincipal.AccountId();
        return View(new SavedCardSection(await cards.CurrentAsync(accountId, HttpContext.RequestAborted), await cards.ModeAsync(accountId, HttpContext.RequestAborted)));
    }
}

internal sealed record SavedCardSection(SavedCard? Card, BillingMode Mode);
