using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Host;

/// <summary>
/// `/openapi/v1.json` is a valid OpenAPI document that describes every `/api/*` endpoint (and a sprite's files) the app
/// really maps, with its errors as problem+json and the key and cookie schemes on every protected call.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class OpenApiDocumentTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task The_document_is_valid_and_covers_every_mapped_api_endpoint_with_its_errors()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        var response = await http.GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = await response.Content.ReadAsStringAsync();

        var read = OpenApiDocument.Parse(json, "json");
        read.Diagnostic!.Errors.Should().BeEmpty();
        var document = read.Document!;
        document.Validate(ValidationRuleSet.GetDefaultRuleSet()).Should().BeEmpty();
        document.Components!.SecuritySchemes!.Should().ContainKey("apiKey").WhoseValue.Scheme.Should().Be("bearer");

        var mapped = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/generations/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (Endpoint: e, Method: method)))
            .ToList();
        mapped.Select(m => m.Endpoint.RoutePattern.RawText).Should().Contain(["/api/generations", "/api/generations/{id:guid}", "/api/credits/balance"]);

        foreach (var (endpoint, method) in mapped)
        {
            var path = Constraint().Replace(endpoint.RoutePattern.RawText!, "{$1}");
            document.Paths.Should().ContainKey(path);
            var operations = document.Paths[path].Operations!;
            var operation = operations.Single(o => o.Key.Method == method).Value;
            operation.Responses.Should().ContainKey("400", $"{method} {path} documents its errors");
            foreach (var error in operation.Responses!.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
                error.Value.Content.Should().ContainKey("application/problem+json", $"{method} {path} answers {error.Key} as problem+json");
            if (endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                operation.Responses.Should().ContainKey("401", $"{method} {path} needs credentials");
                operation.Security.Should().NotBeNullOrEmpty($"{method} {path} names its schemes");
            }
        }
    }

    [Test]
    public async Task The_reference_page_is_served_with_its_assets_from_the_app_itself()
    {
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        var page = await http.GetStringAsync("/docs/api");
        page.Should().Contain("openapi/v1.json");
        foreach (Match source in Asset().Matches(page))
            source.Groups[1].Value.Should().NotMatchRegex("^(https?:)?//", "every script and style comes from SpriteDX");
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex Asset();
}
