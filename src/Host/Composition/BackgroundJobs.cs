using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Host.Composition;

internal static class BackgroundJobs
{
    /// <summary>
    /// In-memory storage on one machine: every job SpriteDX runs can be re-created from a module's
    /// durable tables (webhook inbox, generations), so nothing is lost with the process (ADR 0003).
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(1) }));
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.WorkerCount = Math.Max(2, Environment.ProcessorCount * 2);
        });
        return services;
    }

    public static void MapJobsDashboard(this WebApplication app) =>
        app.UseHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [new AdminsOnlyDashboardFilter()],
            DashboardTitle = "SpriteDX background jobs",
            AppPath = "/admin/accounts",
        });

    /// <summary>Hangfire answers 401 to an anonymous visitor and 403 to a signed-in non-admin.</summary>
    private sealed class AdminsOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsAdmin();
    }
}
