using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Api;
using SpriteDX.Modules.Generation.Components;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Features.Render;
using SpriteDX.Modules.Generation.Features.Request;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation;

/// <summary>Prompts turned into pixel-art sprites, paid for with reserved credits.</summary>
public sealed class GenerationModule : IModule
{
    public string Name => GenerationDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Generation");
        var settings = section.Get<GenerationOptions>() ?? new GenerationOptions();
        services.AddOptions<GenerationOptions>().Bind(section)
            .Validate(o => o.CostCredits > 0, "Generation:CostCredits must be at least 1.")
            .Validate(o => o.RenderTimeout > TimeSpan.Zero, "Generation:RenderTimeout must be positive.")
            .Validate(o => o.QueueGrace > TimeSpan.Zero, "Generation:QueueGrace must be positive.")
            .Validate(o => o.RequestsPerMinute > 0, "Generation:RequestsPerMinute must be at least 1.")
            .Validate(o => o.InterpretationsPerMinute > 0, "Generation:InterpretationsPerMinute must be at least 1.");
        services.AddModuleDbContext<GenerationDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(GenerationModule).Assembly);
        services.AddSpriteGenerator(settings.Generator, section);
        services.AddScoped<GenerationRequests>();
        services.AddScoped<GenerationStateChanges>();
        services.AddScoped<RenderSpriteJob>();
        services.AddScoped<ResumeInterruptedGenerations>();
        services.AddStartupTask<ResumeInterruptedGenerations>((resume, ct) => resume.ResumeAsync(atStartup: true, ct));
        services.AddSingleton<SpriteImageStore>();
        services.AddSingleton<IUserMenuContributor, GenerationMenu>();

        // One person flooding the generator must not starve everyone else.
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(GenerationEndpoints.RateLimitPolicy, http => PerClientPerMinute(http, settings.RequestsPerMinute));
            limiter.AddPolicy(GenerationEndpoints.InterpretationRateLimitPolicy, http => PerClientPerMinute(http, settings.InterpretationsPerMinute));
        });
    }

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.User.Identity?.IsAuthenticated == true ? http.User.AccountId().ToString() : http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGenerationEndpoints();

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleAsync<GenerationDbContext>(cancellationToken);
        services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<ResumeInterruptedGenerations>(
            ResumeInterruptedGenerations.JobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
    }
}
