using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>Lets `dotnet ef migrations add` build a module's model without starting the app.</summary>
public abstract class ModuleDesignTimeFactory<TContext>(string module, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseServiceCollectionExtensions.UseModuleDatabase(options, DesignTimeDatabase.Options, module);
        return create(options.Options);
    }
}
