using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.TopUps;

namespace SpriteDX.Modules.Payments.Components;

/// <summary>
/// Automatic top-up on Usage and Billing: whether it is on and with what, and the notice when it turned itself off
/// or reached its monthly cap. Public for MVC to find it; the services are internal, so they come from the request.
/// </summary>
public sealed class AutoTopUpViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        if (!services.GetRequiredService<BillingAvailability>().IsAvailableTo(UserClaimsPrincipal))
            return Content("");
        return View(await services.GetRequiredService<AutoTopUpSettings>().ViewAsync(UserClaimsPrincipal.AccountId(), HttpContext.RequestAborted));
    }
}
