using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Credits.Data;

internal sealed class CreditsDesignTimeFactory()
    : ModuleDesignTimeFactory<CreditsDbContext>(CreditsModule.ModuleName, options => new CreditsDbContext(options));
