using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Data;
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
        var bonus = await CourtesyAsync(() => services.GetRequiredService<SignupBonusNotice>().TakeAsync(accountId, ct));
        var alerts = services.GetRequiredService<LowBalanceAlerts>();
        var alert = await alerts.FindAsync(accountId, ct);
        var lowBalance = alert?.NoticeDue(balance) == true ? await CourtesyAsync(() => alerts.TakeNoticeAsync(accountId, ct)) : null;
        return View(new CreditBalanceBadge(balance, test, bonus, alert is { Armed: true } ? alert.Threshold : null, lowBalance));
    }

    /// <summary>
    /// A notice is claimed with a write on every page that shows it; a transient database error there leaves the
    /// notice for the next page (or, when the claim committed but its answer was lost, to the ledger and the
    /// e-mail) rather than failing the page around it.
    /// </summary>
    private async Task<T?> CourtesyAsync<T>(Func<Task<T?>> takeNotice)
    {
        try
        {
            return await takeNotice();
        }
        catch (Exception ex) when (TransientDatabaseErrors.IsTransient(ex))
        {
            HttpContext.RequestServices.GetRequiredService<ILogger<CreditBalanceViewComponent>>()
                .LogWarning(ex, "A notice in the header was not taken (transient database error); the next page tries again");
            return default;
        }
    }
}

/// <param name="WatchedThreshold">An armed low-balance alert's threshold: the page asks for the notice when the balance falls below it.</param>
internal sealed record CreditBalanceBadge(long Balance, long TestBalance, long? BonusJustGranted, long? WatchedThreshold, LowBalanceNotice? LowBalance);
