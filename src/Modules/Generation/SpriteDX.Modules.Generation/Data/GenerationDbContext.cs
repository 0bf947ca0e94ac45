using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Generation.Data;

internal sealed class GenerationDbContext(DbContextOptions<GenerationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "generation";

    protected override string Schema => SchemaName;
}
