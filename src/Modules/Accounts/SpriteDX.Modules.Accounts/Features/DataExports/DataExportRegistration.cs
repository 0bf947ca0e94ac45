using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.PersonalData;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

internal static class DataExportRegistration
{
    public static IServiceCollection AddDataExports(this IServiceCollection services)
    {
        services.AddScoped<DataExportRequests>();
        services.AddScoped<BuildDataExportJob>();
        services.AddScoped<DataExportSweep>();
        services.AddStartupTask<DataExportSweep>((sweep, ct) => sweep.SweepAsync(atStartup: true, ct));
        return services.AddPersonalDataSource<AccountPersonalData>();
    }

    public static void ScheduleDataExportSweep(this IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DataExportSweep>(
            DataExportSweep.JobId, sweep => sweep.RunAsync(CancellationToken.None), EveryFiveMinutes);

    private const string EveryFiveMinutes = "*/5 * * * *";
}
