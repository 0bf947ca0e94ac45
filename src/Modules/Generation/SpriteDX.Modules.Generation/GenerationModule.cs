using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Api;
using SpriteDX.Modules.Generation.Components;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Features.PersonalData;
using SpriteDX.Modules.Generation.Features.Render;
using SpriteDX.Modules.Generation.Features.Request;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.OpenAi;
using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation;

/// <summary>Prompts turned into pixel-art sprites, paid for with reserved credits.</summary>
public sealed class GenerationModule : IModule
{
    /// <summary>Names the module's SQLite file and PostgreSQL schema, so the migrations hold it: never change it.</summary>
    public const string ModuleName = "generation";

    private const string Section = "Generation";

    public string Name => ModuleName;

    public IReadOnlyList<string> ConfigurationSections { get; } = [Section];

    public IEnumerable<string> ConfigurationProblems(IConfiguration configuration) =>
        OpenAiImagesOptions.Problems(configuration)
            .Prepend(ConfigurationChecks.WholeNumber(configuration, $"{Section}:CostCredits", min: 1))
            .Prepend(ConfigurationChecks.OneOf<SpriteStoreKind>(configuration, $"{Section}:ImageStore"))
            .OfType<string>();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
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
        services.AddSingleton<GenerationMetrics>();
        services.AddScoped<RenderSpriteJob>();
        services.AddScoped<ResumeInterruptedGenerations>();
        services.AddStartupTask<ResumeInterruptedGenerations>((resume, ct) => resume.ResumeAsync(atStartup: true, ct));
        services.AddSingleton<FileSpriteStore>();
        services.AddSingleton<DatabaseSpriteStore>();
        services.AddSingleton<ISpriteStore>(sp => ImageStore(sp.GetRequiredService<IOptions<GenerationOptions>>().Value, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value) == SpriteStoreKind.Database
            ? sp.GetRequiredService<DatabaseSpriteStore>()
            : sp.GetRequiredService<FileSpriteStore>());
        services.AddScoped<IModuleCommand, MoveSpritesCommand>();
        services.AddPersonalDataSource<GenerationPersonalData>();
        services.AddSingleton<IUserMenuContributor, GenerationMenu>();
        services.AddPageSection<GenerateFormViewComponent>(PageSlots.Home, order: 10);
        services.AddPageSection<RecentSpritesViewComponent>(PageSlots.Home, order: 20);

        // One person flooding the generator must not starve everyone else.
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(GenerationEndpoints.RateLimitPolicy, http => PerClientPerMinute(http, settings.RequestsPerMinute));
            limiter.AddPolicy(GenerationEndpoints.InterpretationRateLimitPolicy, http => PerClientPerMinute(http, settings.InterpretationsPerMinute));
        });
    }

    /// <summary>`Generation:ImageStore`, else Database where instances share a database (PostgreSQL) and Files on one machine.</summary>
    private static SpriteStoreKind ImageStore(GenerationOptions settings, DatabaseOptions database) =>
        settings.ImageStore ?? (database.SharedByInstances ? SpriteStoreKind.Database : SpriteStoreKind.Files);

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
