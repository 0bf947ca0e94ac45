using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Generation.Data;

internal sealed class GenerationDesignTimeFactory()
    : ModuleDesignTimeFactory<GenerationDbContext>(GenerationModule.ModuleName, options => new GenerationDbContext(options));
