using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SpriteDX.Host.Composition;

/// <summary>
/// The JSON API described for scripts (`/openapi/v1.json`) and for people (`/docs/api`, Scalar, every asset served by
/// SpriteDX itself: no fonts, scripts or telemetry from elsewhere). Modules describe their own endpoints (Produces,
/// ProducesProblem); the answers every protected or limited call may give are added here, once.
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/docs/api";
    private const string BearerScheme = "apiKey";
    private const string CookieScheme = "browserSession";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path && IsDocumented(path);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SpriteDX API",
                    Version = "v1",
                    Description = """
                        Generate pixel-art sprites from a prompt, follow them and download them. Scripts authenticate with an API key
                        (`Authorization: Bearer sdx_…`, made on the API keys page); the website's own calls use the sign-in cookie and
                        send the antiforgery token in the `RequestVerificationToken` header. A call with a key is judged by the key
                        alone, even when a cookie for another account comes with it. Errors are `application/problem+json` with a
                        stable `type`. See the README's batch example for generating and downloading many sprites.
                        """,
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "sdx_ API key",
                    Description = "An API key from the API keys page. Never put it in a URL: a key in the query string is refused.",
                };
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = "spritedx.auth",
                    Description = "The website's sign-in cookie. State-changing calls also need the antiforgery token in the `RequestVerificationToken` header.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, ct) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct);
                operation.Responses ??= new OpenApiResponses();
                if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security = [
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                        new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                    ];
                    AddProblem(operation, problem, StatusCodes.Status401Unauthorized, "No credentials, or a malformed, unknown, revoked or expired API key (the detail says which).");
                }

                if (metadata.OfType<EnableRateLimitingAttribute>().Any() || operation.Security is { Count: > 0 })
                    AddProblem(operation, problem, StatusCodes.Status429TooManyRequests, "Too many calls: wait for the Retry-After header's seconds.");
                AddProblem(operation, problem, StatusCodes.Status400BadRequest, "The request cannot be used (the detail says why), or an API key was put in the URL.");
            });
        });

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
            .WithFeaturedClients(
                new KeyValuePair<ScalarTarget, ScalarClient>(ScalarTarget.Shell, ScalarClient.Curl),
                new KeyValuePair<ScalarTarget, ScalarClient>(ScalarTarget.CSharp, ScalarClient.HttpClient))
            .WithTitle("SpriteDX API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .HideDeveloperTools() // its toolbar (deploy, SDKs, sharing) and the AI agent are Scalar's hosted services
            .DisableAgent()
            .DisableMcp()
            .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl)
            .AddPreferredSecuritySchemes(BearerScheme))
            .AllowAnonymous();
        return app;
    }

    /// <summary>The JSON API and a sprite's files: what a script calls. Pages, webhooks and the emulator are not part of it.</summary>
    public static bool IsDocumented(string relativePath) =>
        relativePath.StartsWith("api/", StringComparison.Ordinal) || relativePath.StartsWith("generations/", StringComparison.Ordinal);

    private static void AddProblem(OpenApiOperation operation, IOpenApiSchema schema, int status, string description)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(code))
            return;
        operation.Responses[code] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}
