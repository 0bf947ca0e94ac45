using System.Reflection;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Accounts;
using SpriteDX.Modules.Admin;
using SpriteDX.Modules.Credits;
using SpriteDX.Modules.Generation;
using SpriteDX.Modules.Payments;

namespace SpriteDX.ArchitectureTests;

/// <summary>Every module under test: its assembly, its Contracts assembly and its name.</summary>
internal sealed record ModuleUnderTest(string Name, Assembly Assembly, Assembly Contracts)
{
    public override string ToString() => Name;
}

internal static class Modules
{
    public static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly IReadOnlyList<ModuleUnderTest> All =
    [
        Load<AccountsModule>("Accounts"),
        Load<CreditsModule>("Credits"),
        Load<GenerationModule>("Generation"),
        Load<PaymentsModule>("Payments"),
        Load<AdminModule>("Admin"),
    ];

    public static IEnumerable<ModuleUnderTest> Cases() => All;

    private static ModuleUnderTest Load<TModule>(string name) where TModule : IModule
    {
        var assembly = typeof(TModule).Assembly;
        return new ModuleUnderTest(name, assembly, Assembly.Load($"SpriteDX.Modules.{name}.Contracts"));
    }
}
