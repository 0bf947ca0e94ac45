using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Accounts.Data;

internal sealed class AccountsDesignTimeFactory()
    : ModuleDesignTimeFactory<AccountsDbContext>(AccountsDbContext.Schema, options => new AccountsDbContext(options, TimeProvider.System));
