using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Admin.Data;

internal sealed class AdminDbContext(DbContextOptions<AdminDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "admin";

    protected override string Schema => SchemaName;
}
