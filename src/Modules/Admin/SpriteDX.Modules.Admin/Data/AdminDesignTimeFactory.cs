using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Admin.Data;

internal sealed class AdminDesignTimeFactory()
    : ModuleDesignTimeFactory<AdminDbContext>(AdminDbContext.SchemaName, options => new AdminDbContext(options));
