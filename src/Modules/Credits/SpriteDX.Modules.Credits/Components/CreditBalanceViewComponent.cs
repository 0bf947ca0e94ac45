using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Components;

/// <summary>
/// The balance badge in the header (and the sign-up bonus notice, once). MVC finds view components
/// only when public, and a public constructor cannot take this module's internal types, so the
/// services are taken from the request.
/// </summary>
public sealed class CreditBalanceViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var services = HttpContext.RequestServices;
        var accountId = UserClaimsPrincipal.AccountId();
        var ct = HttpContext.RequestAborted;
        var (balance, test) = await services.GetRequiredService<CreditLedger>().BalancesAsync(accountId, ct);
        var bonus = await services.GetRequiredService<SignupBonusNotice>().TakeAsync(accountId, ct);
        return View(new CreditBalanceBadge(balance, test, bonus));
    }
}

internal sealed record CreditBalanceBadge(long Balance, long TestBalance, long? BonusJustGranted);
