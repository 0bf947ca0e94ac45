using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.ArchitectureTests;

/// <summary>Each module reads only its own configuration, and links to another module's pages only through that module.</summary>
public sealed class OwnershipTests
{
    private static readonly IReadOnlyDictionary<ModuleUnderTest, IReadOnlyList<string>> RoutesByOwner =
        Modules.All.ToDictionary(m => m, Routes.OwnedBy);

    [TestCaseSource(typeof(Modules), nameof(Modules.Cases))]
    public void A_module_reads_only_the_configuration_sections_it_declares(object module)
    {
        var m = (ModuleUnderTest)module;
        var instance = Instance(m);
        // Settings that take every branch: the image-model generator reads its own sub-section only when chosen.
        var configuration = new RecordingConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Generation:Generator"] = "OpenAiImages",
            ["Generation:OpenAi:ApiKey"] = "sk-test",
            ["Admin:BootstrapEmails"] = "boss@spritedx.test",
        }).Build());

        _ = instance.ConfigurationProblems(configuration).ToList();
        instance.AddServices(new ServiceCollection(), configuration);

        configuration.SectionsRead.Should().BeSubsetOf(instance.ConfigurationSections,
            $"{m.Name} reads only the sections it declares (IModule.ConfigurationSections); another module's settings reach it as notifications or slots");
    }

    [Test]
    public void No_two_modules_declare_the_same_configuration_section()
    {
        var declared = Modules.All.SelectMany(m => Instance(m).ConfigurationSections.Select(section => (m.Name, Section: section))).ToList();

        declared.GroupBy(d => d.Section, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Should().BeEmpty("each configuration section has one owner");
    }

    // What the recording test cannot see: a page or service given IConfiguration by dependency injection (a constructor,
    // or a handler's or view component's parameter) reads whatever it likes at request time.
    [TestCaseSource(typeof(Modules), nameof(Modules.Cases))]
    public void No_page_or_service_is_handed_the_whole_configuration(object module)
    {
        var m = (ModuleUnderTest)module;
        var wholeConfiguration = new[] { typeof(IConfiguration), typeof(IConfigurationRoot), typeof(IConfigurationManager), typeof(ConfigurationManager) };

        var takers = m.Assembly.GetTypes()
            .Where(t => !typeof(IModule).IsAssignableFrom(t))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Any(method => method.GetParameters().Any(p => wholeConfiguration.Contains(p.ParameterType))))
            .Select(t => t.FullName);

        takers.Should().Equal([], $"a page or service of {m.Name} gets its settings as typed options of its own section, not the whole configuration");
    }

    [TestCaseSource(typeof(Modules), nameof(Modules.Cases))]
    public void A_module_names_no_route_of_another_module(object module)
    {
        var m = (ModuleUnderTest)module;

        var foreign = Routes.SourceFiles(Routes.ModuleDirectory(m), "*.cs").Concat(Routes.SourceFiles(Routes.ModuleDirectory(m), "*.cshtml"))
            .SelectMany(file => Routes.PathLiterals(File.ReadAllText(file))
                .Select(literal => (File: Path.GetRelativePath(Routes.RepositoryRoot, file), Literal: literal, Owner: Routes.OwnerOf(literal, RoutesByOwner))))
            .Where(found => found.Owner is not null && found.Owner != m)
            .Select(found => $"{found.File}: {found.Literal} ({found.Owner!.Name}'s)");

        foreign.Should().Equal([], $"{m.Name} links to another module's pages through that module's Contracts (its *Links) or a slot");
    }

    [Test]
    public void The_Host_names_no_module_route()
    {
        var host = Path.Combine(Routes.RepositoryRoot, "src", "Host");

        var foreign = Routes.SourceFiles(host, "*.cshtml").Concat(Routes.SourceFiles(host, "*.cs"))
            .SelectMany(file => Routes.PathLiterals(File.ReadAllText(file))
                .Select(literal => (File: Path.GetRelativePath(Routes.RepositoryRoot, file), Literal: literal, Owner: Routes.OwnerOf(literal, RoutesByOwner))))
            .Where(found => found.Owner is not null)
            .Select(found => $"{found.File}: {found.Literal} ({found.Owner!.Name}'s)");

        foreign.Should().Equal([], "the Host's layouts and pages are composed from slots, and point at a module's pages through its Contracts");
    }

    [TestCaseSource(typeof(Modules), nameof(Modules.Cases))]
    public void A_modules_contract_links_point_at_routes_it_serves(object module)
    {
        var m = (ModuleUnderTest)module;

        foreach (var link in ContractLinks(m))
            Routes.OwnerOf(link, RoutesByOwner).Should().Be(m, $"{m.Name}Links hands out {link}, which must be one of {m.Name}'s own routes");
    }

    /// <summary>Every link a module's Contracts hand out: its constants, and its builders called with an empty id.</summary>
    internal static IEnumerable<string> ContractLinks(ModuleUnderTest module) =>
        module.Contracts.GetTypes().Where(t => ModuleBoundaryTests.IsContractLinks(t, module))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Select(method => (string)method.Invoke(null, method.GetParameters().Select(_ => (object)Guid.Empty).ToArray())!)));

    private static IModule Instance(ModuleUnderTest module) =>
        (IModule)Activator.CreateInstance(module.Assembly.GetExportedTypes().Single(t => typeof(IModule).IsAssignableFrom(t)))!;

    /// <summary>A configuration that notes the top-level section of every key asked for through it.</summary>
    private sealed class RecordingConfiguration(IConfiguration inner) : IConfiguration
    {
        private readonly HashSet<string> _sections = new(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyCollection<string> SectionsRead => _sections;

        public string? this[string key]
        {
            get => inner[Record(key)];
            set => inner[Record(key)] = value;
        }

        public IConfigurationSection GetSection(string key) => inner.GetSection(Record(key));

        // Walking the whole configuration is reading every section.
        public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren().Select(c => GetSection(c.Key));

        public IChangeToken GetReloadToken() => inner.GetReloadToken();

        private string Record(string key)
        {
            _sections.Add(key.Split(':')[0]);
            return key;
        }
    }
}
