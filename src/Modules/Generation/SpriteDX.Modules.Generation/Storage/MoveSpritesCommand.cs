using SpriteDX.BuildingBlocks.Modules;

namespace SpriteDX.Modules.Generation.Storage;

/// <summary>
/// `move-sprites`: copies every sheet from the store that is not configured into the one that is (files into the
/// database after switching `Generation:ImageStore` to Database, or back). Idempotent: a sheet already in the
/// configured store is left alone, so it can run again after an interruption. The source is left in place;
/// delete it once the app serves every sprite from the new store.
/// </summary>
internal sealed class MoveSpritesCommand(ISpriteStore configured, FileSpriteStore files, DatabaseSpriteStore database) : IModuleCommand
{
    public string Verb => "move-sprites";

    public async Task<int> RunAsync(TextWriter output, CancellationToken ct)
    {
        ISpriteStore source = configured.Kind == SpriteStoreKind.Database ? files : database;
        await output.WriteLineAsync($"Moving sprites from {source.Kind} to {configured.Kind} (Generation:ImageStore).");
        var (moved, present, missing) = (0, 0, 0);
        await foreach (var sprite in source.ListAsync(ct))
        {
            if (await configured.ExistsAsync(sprite.AccountId, sprite.GenerationId, ct))
            {
                present++;
                continue;
            }

            if (await source.ReadAsync(sprite.AccountId, sprite.GenerationId, ct) is not { } png)
            {
                missing++; // listed, then gone (deleted meanwhile)
                continue;
            }

            await configured.SaveAsync(sprite.AccountId, sprite.GenerationId, png, ct);
            moved++;
        }

        await output.WriteLineAsync($"{moved} moved, {present} already there, {missing} vanished while moving.");
        return 0;
    }
}
