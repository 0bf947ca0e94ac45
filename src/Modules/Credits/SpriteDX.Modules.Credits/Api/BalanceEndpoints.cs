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
            {
                var (balance, testBalance) = await ledger.BalancesAsync(http.User.AccountId(), ct);
                return Results.Ok(new BalanceResponse(balance, testBalance));
            })
            .RequireAuthorization()
            .WithName("GetCreditBalance")
            .WithTags("Credits")
            .WithSummary("The caller's credit balance")
            .Produces<BalanceResponse>();

    /// <param name="TestBalance">The part of <paramref name="Balance"/> bought in Stripe's test environment (0 for most accounts).</param>
    internal sealed record BalanceResponse(long Balance, long TestBalance);
}
