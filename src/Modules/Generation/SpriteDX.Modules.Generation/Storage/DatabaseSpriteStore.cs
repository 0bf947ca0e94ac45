using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Storage;

/// <summary>
/// PNGs as rows of the module's own `sprite_images` table, so every instance reads what any instance rendered
/// with nothing shared but the database. A sheet is a few KB to a few hundred KB: well within a BLOB or bytea.
/// </summary>
internal sealed class DatabaseSpriteStore(IServiceScopeFactory scopes, TimeProvider clock) : ISpriteStore
{
    public SpriteStoreKind Kind => SpriteStoreKind.Database;

    public async Task SaveAsync(Guid accountId, Guid generationId, byte[] png, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GenerationDbContext>();
        var stored = await db.SpriteImages.Where(i => i.GenerationId == generationId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Png, png).SetProperty(i => i.StoredAt, clock.GetUtcNow()), ct);
        if (stored == 1)
            return;
        db.SpriteImages.Add(new SpriteImage { GenerationId = generationId, AccountId = accountId, Png = png, StoredAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same render first: either copy is the sprite.
            if (!await ExistsAsync(accountId, generationId, ct))
                throw;
        }
    }

    public async Task<byte[]?> ReadAsync(Guid accountId, Guid generationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GenerationDbContext>().SpriteImages.AsNoTracking()
            .Where(i => i.GenerationId == generationId && i.AccountId == accountId)
            .Select(i => i.Png)
            .SingleOrDefaultAsync(ct);
    }

    public async Task DeleteAllAsync(Guid accountId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GenerationDbContext>().SpriteImages
            .Where(i => i.AccountId == accountId).ExecuteDeleteAsync(ct);
    }

    public async IAsyncEnumerable<StoredSprite> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ids = scope.ServiceProvider.GetRequiredService<GenerationDbContext>().SpriteImages.AsNoTracking()
            .OrderBy(i => i.GenerationId).Select(i => new StoredSprite(i.AccountId, i.GenerationId)).AsAsyncEnumerable();
        await foreach (var id in ids.WithCancellation(ct))
            yield return id;
    }

    public async Task<bool> ExistsAsync(Guid accountId, Guid generationId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GenerationDbContext>().SpriteImages
            .AnyAsync(i => i.GenerationId == generationId && i.AccountId == accountId, ct);
    }
}
