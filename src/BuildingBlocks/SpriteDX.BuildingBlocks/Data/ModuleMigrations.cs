using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Data;

public static class ModuleMigrations
{
    /// <summary>
    /// Brings a module's database to its latest migration; each module keeps its own history. The
    /// host calls this under the "migrations" <see cref="ClusterLock"/>, so hosts starting together
    /// on one PostgreSQL database migrate one after the other.
    /// </summary>
    public static async Task MigrateModuleAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.IsSqlite())
        {
            // Readers beside the single writer; stored in the file, so once is enough.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
