using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.Modules.Generation.Storage;

/// <summary>
/// PNGs on disk, one folder per account, in a directory every instance can share. Files are
/// written to a temporary name and moved into place, so a reader never sees half a sprite.
/// </summary>
internal sealed class SpriteImageStore(IOptions<GenerationOptions> options, IOptions<DatabaseOptions> database)
{
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

    private string PathOf(Guid accountId, Guid generationId) =>
        Path.Combine(Root, accountId.ToString("n"), generationId.ToString("n") + ".png");
}
