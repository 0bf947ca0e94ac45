using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.LowBalance;

namespace SpriteDX.Modules.Credits.Components;

/// <summary>
/// The balance badge in the header, the sign-up bonus notice (once) and the notice of a low-balance alert (once per crossing). MVC finds view components
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
        var alerts = services.GetRequiredService<LowBalanceAlerts>();
        var alert = await alerts.FindAsync(accountId, ct);
        var lowBalance = alert?.NoticeDue(balance) == true ? await alerts.TakeNoticeAsync(accountId, ct) : null;
        return View(new CreditBalanceBadge(balance, test, bonus, alert is { Armed: true } ? alert.Threshold : null, lowBalance));
    }
}

/// <param name="WatchedThreshold">An armed low-balance alert's threshold: the page asks for the notice when the balance falls below it.</param>
internal sealed record CreditBalanceBadge(long Balance, long TestBalance, long? BonusJustGranted, long? WatchedThreshold, LowBalanceNotice? LowBalance);
