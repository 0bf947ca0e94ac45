using System.Net;
using Hangfire.Common;
using Hangfire.Server;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Telemetry;

namespace SpriteDX.Host.Composition;

/// <summary>
/// Metrics and traces through OpenTelemetry. Meters always count (a counter costs an add); they leave the
/// process only through `/metrics` (when `Metrics:Prometheus` is true, for `Metrics:AllowedNetworks`) and OTLP
/// (when `OTEL_EXPORTER_OTLP_ENDPOINT` is set). Traces are recorded only when OTLP exports them: with nobody to
/// read them, a span per request and per SQL command would be pure cost on the spend path.
/// </summary>
internal static class Telemetry
{
    public const string Section = "Metrics";
    public const string PrometheusKey = "Metrics:Prometheus";
    public const string AllowedNetworksKey = "Metrics:AllowedNetworks";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ScrapePath = "/metrics";

    private static readonly string[] LoopbackNetworks = ["127.0.0.0/8", "::1/128"];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var prometheus = configuration.GetValue<bool>(PrometheusKey);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        services.AddSingleton(new ScrapeNetworks(AllowedNetworks(configuration).Select(IPNetwork.Parse).ToList()));

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("SpriteDX"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter($"{SpriteDxTelemetry.Prefix}.*", "Hangfire")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (prometheus)
                    metrics.AddPrometheusExporter();
                if (otlp)
                    metrics.AddOtlpExporter();
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource($"{SpriteDxTelemetry.Prefix}.*", "Npgsql")
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !IsQuiet(http.Request.Path))
                .AddHttpClientInstrumentation() // Stripe calls; headers (the secret key) are never recorded
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>The scrape endpoint, mapped only when Prometheus is on (404 otherwise); other networks get 403.</summary>
    public static void MapMetricsScrapeEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(PrometheusKey))
            return;
        var networks = app.Services.GetRequiredService<ScrapeNetworks>();
        app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(next => http =>
        {
            if (networks.Allow(http.Connection.RemoteIpAddress))
                return next(http);
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Results.Problem(statusCode: 403, title: "Metrics are not served to this network",
                detail: $"Add it to {AllowedNetworksKey} to scrape from here.").ExecuteAsync(http);
        }), optionsName: null);
    }

    public static IEnumerable<string?> ConfigurationProblems(IConfiguration configuration)
    {
        yield return ConfigurationChecks.TrueOrFalse(configuration, PrometheusKey);
        foreach (var network in AllowedNetworks(configuration).Where(n => !IPNetwork.TryParse(n, out _)))
            yield return $"{AllowedNetworksKey} must list networks like 10.0.0.0/8 or ::1/128 (got '{network}').";
    }

    /// <summary>Comma-separated ("10.0.0.0/8, 127.0.0.1/32") or a list (`Metrics:AllowedNetworks:0`, …); loopback when unset.</summary>
    private static IReadOnlyList<string> AllowedNetworks(IConfiguration configuration)
    {
        var section = configuration.GetSection(AllowedNetworksKey);
        var listed = section.Value is { } joined
            ? joined.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(child => child.Value ?? "").Where(v => v.Length > 0).ToArray();
        return listed.Length > 0 ? listed : LoopbackNetworks;
    }

    private static bool IsQuiet(PathString path) =>
        path.StartsWithSegments(ScrapePath) || path.StartsWithSegments("/healthz");

    internal sealed class ScrapeNetworks(IReadOnlyList<IPNetwork> allowed)
    {
        public bool Allow(IPAddress? address)
        {
            if (address is null)
                return false;
            if (address.IsIPv4MappedToIPv6)
                address = address.MapToIPv4();
            return allowed.Any(network => network.Contains(address));
        }
    }
}

/// <summary>A span per Hangfire job run, named for the job, so a webhook's reconciliation retry shows in the trace tree.</summary>
internal sealed class JobTracingFilter : JobFilterAttribute, IServerFilter
{
    private const string ActivityKey = "spritedx.activity";

    public void OnPerforming(PerformingContext context)
    {
        if (!SpriteDxTelemetry.Jobs.HasListeners())
            return;
        var job = context.BackgroundJob.Job;
        var activity = SpriteDxTelemetry.Jobs.StartActivity($"job {job.Type.Name}.{job.Method.Name}");
        activity?.SetTag("spritedx.module", SpriteDxTelemetry.ModuleOf(job.Type)).SetTag("hangfire.job_id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(ActivityKey, out var item) || item is not System.Diagnostics.Activity activity)
            return;
        if (context.Exception is { } failure)
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.GetType().Name);
        activity.Dispose();
    }
}
