using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>One value a page or endpoint binds from a request: a query parameter, a form field or a route value.</summary>
/// <param name="Route">The route template, for the failure message.</param>
/// <param name="Path">A path the route matches, with ordinary values in its parameters; a route value's own slot is <see cref="BoundInputs.Slot"/>.</param>
internal sealed record BoundInput(string Method, string Route, string Path, string? Handler, string Name, BindingPlace Place)
{
    public override string ToString() => $"{Method} {Route}{(Handler is null ? "" : $"?handler={Handler}")} {Place} '{Name}'";
}

internal enum BindingPlace
{
    Query,
    Form,
    Route,
}

/// <summary>
/// Every name the running app binds from a request, found in its own endpoint table: Razor Pages' handler parameters
/// and bound properties, and minimal API parameters of simple types. A page or endpoint added later is covered
/// without anyone listing it.
/// </summary>
internal static class BoundInputs
{
    public const string Slot = "{value}";

    public static async Task<IReadOnlyList<BoundInput>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var inputs = new List<BoundInput>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.RawText is null)
                continue;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
                inputs.AddRange(PageInputs(pattern, await loader.LoadAsync(page, endpoint.Metadata)));
            else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
                inputs.AddRange(EndpointInputs(pattern, endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"], method));
        }

        return inputs.Distinct().ToList();
    }

    private static IEnumerable<BoundInput> PageInputs(RoutePattern pattern, CompiledPageActionDescriptor page)
    {
        var route = "/" + pattern.RawText!.TrimStart('/');
        foreach (var handler in page.HandlerMethods)
        {
            var method = handler.HttpMethod.ToUpperInvariant();
            var place = method == "GET" ? BindingPlace.Query : BindingPlace.Form;
            var names = handler.Parameters.Where(p => IsSimple(p.ParameterType)).Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
                .Concat(page.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                    .Where(p => method != "GET" || p.Property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet == true)
                    .SelectMany(p => PropertyNames(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)));
            foreach (var name in names.Distinct())
            {
                var inRoute = pattern.Parameters.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                yield return new BoundInput(method, route, SamplePath(pattern, name), handler.Name, name, inRoute ? BindingPlace.Route : place);
            }
        }
    }

    private static IEnumerable<BoundInput> EndpointInputs(RoutePattern pattern, IReadOnlyList<string> methods, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters().Where(p => IsSimple(p.ParameterType) && p.GetCustomAttribute<FromServicesAttribute>() is null))
        {
            var inRoute = pattern.Parameters.Any(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
            foreach (var verb in methods)
                yield return new BoundInput(verb, pattern.RawText!, SamplePath(pattern, parameter.Name!), null, parameter.Name!, inRoute ? BindingPlace.Route : BindingPlace.Query);
        }
    }

    /// <summary>A bound object's fields as a form names them (Input.Email); a simple property is its own name.</summary>
    private static IEnumerable<string> PropertyNames(string name, Type type) =>
        IsSimple(type) ? [name]
        : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsSimple(p.PropertyType)).Select(p => $"{name}.{p.Name}");

    private static bool IsSimple(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
               || underlying == typeof(Guid) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime);
    }

    /// <summary>The route filled with values its constraints accept, except the slot of the value under test.</summary>
    private static string SamplePath(RoutePattern pattern, string valueUnderTest) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.Name.Equals(valueUnderTest, StringComparison.OrdinalIgnoreCase) => Slot,
            RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => "",
        }))));

    private static string SampleValue(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "guid") ? Guid.NewGuid().ToString()
        : parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
        : "sample";
}
