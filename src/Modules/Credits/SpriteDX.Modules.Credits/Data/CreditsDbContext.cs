using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Credits.Data;

internal sealed class CreditsDbContext(DbContextOptions<CreditsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "credits";

    protected override string Schema => SchemaName;
}
