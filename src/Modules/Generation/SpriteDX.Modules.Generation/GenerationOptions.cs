using SpriteDX.Modules.Generation.Storage;

namespace SpriteDX.Modules.Generation;

/// <summary>The `Generation` configuration section.</summary>
internal sealed class GenerationOptions
{
    public const int MaxPromptLength = 500;

    public int CostCredits { get; set; } = 10;

    /// <summary>Which <c>ISpriteGenerator</c> draws sprites; "Procedural" is the built-in one.</summary>
    public string Generator { get; set; } = "Procedural";

    /// <summary>Files or Database; unset means Files on SQLite and Database on PostgreSQL, where instances share only the database.</summary>
    public SpriteStoreKind? ImageStore { get; set; }

    /// <summary>Where PNGs are stored with `ImageStore` = Files; empty means `sprites` in the data directory.</summary>
    public string ImageDirectory { get; set; } = "";

    /// <summary>A render that takes longer is stopped and fails (its credits are released).</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long a queued generation may wait for its render job before it is taken as lost (its host died
    /// before enqueuing it, or the enqueue failed) and queued again. On SQLite a start-up does that at once.
    /// A second job for one generation is harmless (the first to start it renders), so this only trades
    /// a lost job's delay against needless jobs when the queue is long.
    /// </summary>
    public TimeSpan QueueGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Renders tried for one generation (after restarts) before it fails for good.</summary>
    public int MaxRenderAttempts { get; set; } = 3;

    /// <summary>Generation requests one account may make per minute.</summary>
    public int RequestsPerMinute { get; set; } = 30;

    /// <summary>Interpretations one client may ask for per minute: the home page asks as the person types.</summary>
    public int InterpretationsPerMinute { get; set; } = 240;

    public int GalleryPageSize { get; set; } = 24;
}
