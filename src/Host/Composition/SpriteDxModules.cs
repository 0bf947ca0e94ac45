using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Accounts;
using SpriteDX.Modules.Admin;
using SpriteDX.Modules.Credits;
using SpriteDX.Modules.Generation;
using SpriteDX.Modules.Payments;

namespace SpriteDX.Host.Composition;

/// <summary>The architecture in one list: every module SpriteDX is made of.</summary>
internal static class SpriteDxModules
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new AccountsModule(),
        new CreditsModule(),
        new GenerationModule(),
        new PaymentsModule(),
        new AdminModule(),
    ];
}
