using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Payments.Data;

internal sealed class PaymentsDesignTimeFactory()
    : ModuleDesignTimeFactory<PaymentsDbContext>(PaymentsModule.ModuleName, options => new PaymentsDbContext(options));
