using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Credits.Data;

internal sealed class CreditsDesignTimeFactory()
    : ModuleDesignTimeFactory<CreditsDbContext>(CreditsDbContext.SchemaName, options => new CreditsDbContext(options));
