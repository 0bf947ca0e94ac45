using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Components;

/// <summary>
/// On each pack of Buy credits, when credits are owed: what the pack really adds once the debt is paid, decided
/// by the same rule the ledger applies (<see cref="CreditAccount.Credit"/>). Public and resolving its services from
/// the request for the reason <see cref="CreditBalanceViewComponent"/> gives.
/// </summary>
public sealed class OwedSettlementViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long credits)
    {
        var accountId = UserClaimsPrincipal.AccountId();
        var owed = await HttpContext.RequestServices.GetRequiredService<CreditsDbContext>().Accounts.AsNoTracking()
            .Where(a => a.AccountId == accountId).Select(a => a.Owed).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (owed <= 0)
            return Content("");
        var decision = new CreditAccount { AccountId = accountId, Owed = owed }.Credit(credits);
        return View(new OwedSettlement(owed, decision));
    }
}

internal sealed record OwedSettlement(long Owed, CreditDecision Decision);
