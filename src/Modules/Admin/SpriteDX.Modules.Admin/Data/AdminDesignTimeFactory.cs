using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Admin.Data;

internal sealed class AdminDesignTimeFactory()
    : ModuleDesignTimeFactory<AdminDbContext>(AdminModule.ModuleName, options => new AdminDbContext(options));
