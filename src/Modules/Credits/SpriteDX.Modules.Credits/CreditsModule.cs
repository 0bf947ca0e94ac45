using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Api;
using SpriteDX.Modules.Credits.Components;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.Integrity;
using SpriteDX.Modules.Credits.Features.Spend;

namespace SpriteDX.Modules.Credits;

/// <summary>Every credit an account has: the ledger, the balance, reservations for generations.</summary>
public sealed class CreditsModule : IModule
{
    public string Name => CreditsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CreditsOptions>().Bind(configuration.GetSection("Credits"))
            .Validate(o => o.SignupBonus >= 0, "Credits:SignupBonus must be 0 or more.")
            .Validate(o => o.ReservationTimeout > TimeSpan.Zero, "Credits:ReservationTimeout must be positive.");
        services.AddModuleDbContext<CreditsDbContext>(Name);
        services.AddScoped<IIntegrityCheck, LedgerIntegrityCheck>();
        services.AddNotificationHandlersFrom(typeof(CreditsModule).Assembly);
        services.AddScoped<CreditLedger>();
        services.AddScoped<ReservationSettlement>();
        services.AddScoped<ReleaseExpiredReservations>();
        services.AddScoped<SignupBonusNotice>();
        services.AddSingleton<IUserMenuContributor, CreditsMenu>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBalanceEndpoints();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleAsync<CreditsDbContext>(cancellationToken);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ReleaseExpiredReservations>(
            ReleaseExpiredReservations.JobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
    }
}
