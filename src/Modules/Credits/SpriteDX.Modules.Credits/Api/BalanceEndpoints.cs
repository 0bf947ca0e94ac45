using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Api;

internal static class BalanceEndpoints
{
    public static void MapBalanceEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/credits/balance", async (HttpContext http, CreditLedger ledger, CancellationToken ct) =>
                Results.Ok(new BalanceResponse(await ledger.BalanceAsync(http.User.AccountId(), ct))))
            .RequireAuthorization()
            .WithName("GetCreditBalance")
            .WithTags("Credits")
            .WithSummary("The caller's credit balance")
            .Produces<BalanceResponse>();

    internal sealed record BalanceResponse(long Balance);
}
