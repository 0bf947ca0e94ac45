namespace SpriteDX.Modules.Generation.Storage;

/// <summary>Where a generation's sprite sheet (PNG) lives: files in the data directory, or the module's database.</summary>
internal interface ISpriteStore
{
    SpriteStoreKind Kind { get; }

    /// <summary>Stores the sheet; storing it again replaces it (a render retried after a crash).</summary>
    Task SaveAsync(Guid accountId, Guid generationId, byte[] png, CancellationToken ct);

    /// <summary>The sheet, or null when this store has none for that generation.</summary>
    Task<byte[]?> ReadAsync(Guid accountId, Guid generationId, CancellationToken ct);

    /// <summary>Whether the store has the sheet, without reading it.</summary>
    Task<bool> ExistsAsync(Guid accountId, Guid generationId, CancellationToken ct);

    /// <summary>Erases every sheet of the account (its deletion); nothing to erase is not an error.</summary>
    Task DeleteAllAsync(Guid accountId, CancellationToken ct);

    /// <summary>Every stored sheet, for moving them to the other store; one at a time, so a large store never sits in memory.</summary>
    IAsyncEnumerable<StoredSprite> ListAsync(CancellationToken ct);
}

internal readonly record struct StoredSprite(Guid AccountId, Guid GenerationId);

/// <summary>`Generation:ImageStore`.</summary>
internal enum SpriteStoreKind
{
    /// <summary>PNG files under the data directory (or `Generation:ImageDirectory`): one machine, or a shared directory.</summary>
    Files,

    /// <summary>A BLOB (SQLite) or bytea (PostgreSQL) column in the module's database: instances share nothing but the connection string.</summary>
    Database,
}
