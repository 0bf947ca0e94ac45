using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.Hosting;

namespace SpriteDX.ArchitectureTests;

/// <summary>
/// Which routes each module owns (its Razor pages, from the compiled assembly, and the endpoints it maps), and the
/// route-like literals a source file holds, so a test can tell whose page a literal points at.
/// </summary>
internal static partial class Routes
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    /// <summary>The static start of every route a module serves ("/billing/receipts" for "/billing/receipts/{purchaseId:guid}").</summary>
    public static IReadOnlyList<string> OwnedBy(ModuleUnderTest module) =>
        [.. PageRoutes(module.Assembly), .. SourceFiles(ModuleDirectory(module), "*.cs").SelectMany(MappedEndpoints)];

    public static IReadOnlyList<string> PageRoutes(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(item => item.Kind == "mvc.1.0.razor-page")
            .Select(item => StaticPart(Template(item)))
            .Where(route => route != "/")
            .Distinct()
            .ToList();

    /// <summary>The owner of a literal: the module whose route is the longest one the literal starts with.</summary>
    public static ModuleUnderTest? OwnerOf(string literal, IReadOnlyDictionary<ModuleUnderTest, IReadOnlyList<string>> owned) =>
        owned.SelectMany(o => o.Value.Select(route => (Module: o.Key, Route: route)))
            .Where(o => literal.Equals(o.Route, StringComparison.OrdinalIgnoreCase) || literal.StartsWith(o.Route + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(o => o.Route.Length)
            .Select(o => o.Module)
            .FirstOrDefault();

    /// <summary>Quoted text that starts like a path: "/billing/buy", href="/admin/accounts/@id", $"/generations/{id}".</summary>
    public static IEnumerable<string> PathLiterals(string source) =>
        PathLiteral().Matches(source).Select(m => m.Groups["path"].Value.TrimEnd('/')).Where(p => p.Length > 1);

    public static string ModuleDirectory(ModuleUnderTest module) => Path.Combine(RepositoryRoot, "src", "Modules", module.Name);

    public static IEnumerable<string> SourceFiles(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));

    private static IEnumerable<string> MappedEndpoints(string file) =>
        MappedEndpoint().Matches(File.ReadAllText(file)).Select(m => StaticPart(m.Groups["route"].Value));

    private static string Template(RazorCompiledItemAttribute item)
    {
        var folder = ConventionalRoute(item.Identifier);
        var template = item.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
        return template switch
        {
            null or "" => folder,
            _ when template.StartsWith('/') => template,
            _ => folder.TrimEnd('/') + "/" + template,
        };
    }

    // "/Areas/Identity/Pages/Account/Login.cshtml" → "/Identity/Account/Login"; "/Pages/Billing/Index.cshtml" → "/Billing".
    private static string ConventionalRoute(string identifier)
    {
        var path = identifier.Replace(".cshtml", "", StringComparison.Ordinal);
        path = AreaPages().Replace(path, "/$1");
        if (path.StartsWith("/Pages", StringComparison.Ordinal))
            path = path["/Pages".Length..];
        if (path.EndsWith("/Index", StringComparison.Ordinal))
            path = path[..^"/Index".Length];
        return path.Length == 0 ? "/" : path;
    }

    private static string StaticPart(string template)
    {
        var open = template.IndexOf('{');
        var route = (open < 0 ? template : template[..open]).TrimEnd('/');
        return route.Length == 0 ? "/" : route;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("The tests run outside the repository: SpriteDX.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""["'](?<path>/[A-Za-z][A-Za-z0-9_\-/.]*)""")]
    private static partial Regex PathLiteral();

    [GeneratedRegex("""\.Map(?:Get|Post|Put|Patch|Delete|Methods)\(\s*\$?"(?<route>/[^"]*)""")]
    private static partial Regex MappedEndpoint();

    [GeneratedRegex("^/Areas/([^/]+)/Pages")]
    private static partial Regex AreaPages();
}
