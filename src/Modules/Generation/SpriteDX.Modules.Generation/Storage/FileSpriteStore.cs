using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Generation.Storage;

/// <summary>
/// PNGs on disk, one folder per account. Files are written to a temporary name and moved into place, so a
/// reader never sees half a sprite. Several instances need the directory shared between them.
/// </summary>
internal sealed class FileSpriteStore(IOptions<GenerationOptions> options, IOptions<DatabaseOptions> database) : ISpriteStore
{
    public SpriteStoreKind Kind => SpriteStoreKind.Files;

    private string Root => string.IsNullOrWhiteSpace(options.Value.ImageDirectory)
        ? Path.Combine(database.Value.DataDirectory, "sprites")
        : options.Value.ImageDirectory;

    public async Task SaveAsync(Guid accountId, Guid generationId, byte[] png, CancellationToken ct)
    {
        var path = PathOf(accountId, generationId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        await File.WriteAllBytesAsync(temporary, png, ct);
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(Guid accountId, Guid generationId, CancellationToken ct)
    {
        var path = PathOf(accountId, generationId);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    public Task<bool> ExistsAsync(Guid accountId, Guid generationId, CancellationToken ct) =>
        Task.FromResult(File.Exists(PathOf(accountId, generationId)));

    public Task DeleteAllAsync(Guid accountId, CancellationToken ct)
    {
        var folder = Path.Combine(Root, accountId.ToString("n"));
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredSprite> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(Root))
            yield break;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (!Guid.TryParseExact(Path.GetFileName(folder), "n", out var accountId))
                continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.png"))
            {
                ct.ThrowIfCancellationRequested();
                if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "n", out var generationId))
                    yield return new StoredSprite(accountId, generationId);
            }

            await Task.Yield();
        }
    }

    private string PathOf(Guid accountId, Guid generationId) =>
        Path.Combine(Root, accountId.ToString("n"), generationId.ToString("n") + ".png");
}
