using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Payments.Data;

internal sealed class PaymentsDesignTimeFactory()
    : ModuleDesignTimeFactory<PaymentsDbContext>(PaymentsDbContext.SchemaName, options => new PaymentsDbContext(options));
