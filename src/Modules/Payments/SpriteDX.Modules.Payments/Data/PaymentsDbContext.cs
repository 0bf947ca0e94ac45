using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Payments.Data;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "payments";

    protected override string Schema => SchemaName;
}
