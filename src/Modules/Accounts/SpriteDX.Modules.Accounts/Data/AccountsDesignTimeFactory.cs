using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Accounts.Data;

internal sealed class AccountsDesignTimeFactory()
    : ModuleDesignTimeFactory<AccountsDbContext>(AccountsModule.ModuleName, options => new AccountsDbContext(options));
