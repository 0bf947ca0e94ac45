using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Generation.Data;

internal sealed class GenerationDesignTimeFactory()
    : ModuleDesignTimeFactory<GenerationDbContext>(GenerationDbContext.SchemaName, options => new GenerationDbContext(options));
