using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Api;
using SpriteDX.Modules.Credits.Components;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.Integrity;
using SpriteDX.Modules.Credits.Features.LowBalance;
using SpriteDX.Modules.Credits.Features.PersonalData;
using SpriteDX.Modules.Credits.Features.Refunds;
using SpriteDX.Modules.Credits.Features.Spend;

namespace SpriteDX.Modules.Credits;

/// <summary>Every credit an account has: the ledger, the balance, reservations for generations.</summary>
public sealed class CreditsModule : IModule
{
    /// <summary>Names the module's SQLite file and PostgreSQL schema, so the migrations hold it: never change it.</summary>
    public const string ModuleName = "credits";

    private const string Section = "Credits";

    public string Name => ModuleName;

    public IReadOnlyList<string> ConfigurationSections { get; } = [Section];

    public IEnumerable<string> ConfigurationProblems(IConfiguration configuration) =>
        ConfigurationChecks.WholeNumber(configuration, $"{Section}:SignupBonus", min: 0) is { } problem ? [problem] : [];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CreditsOptions>().Bind(configuration.GetSection(Section))
            .Validate(o => o.SignupBonus >= 0, "Credits:SignupBonus must be 0 or more.")
            .Validate(o => o.ReservationTimeout > TimeSpan.Zero, "Credits:ReservationTimeout must be positive.");
        services.AddModuleDbContext<CreditsDbContext>(Name);
        services.AddScoped<IIntegrityCheck, LedgerIntegrityCheck>();
        services.AddNotificationHandlersFrom(typeof(CreditsModule).Assembly);
        services.AddScoped<CreditLedger>();
        services.AddSingleton<Features.Metrics.CreditsMetrics>();
        services.AddScoped<SingleCommandReservation>();
        services.AddScoped<ReservationSettlement>();
        services.AddScoped<RefundHolds>();
        services.AddScoped<ReleaseExpiredReservations>();
        services.AddScoped<SignupBonusNotice>();
        services.AddScoped<LowBalanceAlerts>();
        services.AddBackgroundBatchQueue<LowBalanceWatchQueue>();
        services.AddPersonalDataSource<CreditsPersonalData>();
        services.AddSingleton<IUserMenuContributor, CreditsMenu>();
        services.AddPageSection<CreditBalanceViewComponent>(PageSlots.Header, order: 10);
        services.AddPageSection<OwedSettlementViewComponent>(PageSlots.BuyPack, order: 10);
        services.AddSingleton(sp => new SignUpOffer(sp.GetRequiredService<IOptions<CreditsOptions>>().Value.SignupBonus));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBalanceEndpoints();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleAsync<CreditsDbContext>(cancellationToken);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ReleaseExpiredReservations>(
            ReleaseExpiredReservations.JobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
    }
}
