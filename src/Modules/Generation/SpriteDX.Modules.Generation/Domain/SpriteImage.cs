namespace SpriteDX.Modules.Generation.Domain;

/// <summary>A generation's sprite sheet kept in the database (`Generation:ImageStore` = Database).</summary>
internal sealed class SpriteImage
{
    public Guid GenerationId { get; init; }

    public Guid AccountId { get; init; }

    public byte[] Png { get; set; } = [];

    public DateTimeOffset StoredAt { get; set; }
}
