using SpriteDX.Modules.Generation.Interpretation;

namespace SpriteDX.Modules.Generation.Rendering;

internal enum SpriteMood
{
    Neutral,
    Cute,
    Evil,
    Happy,
    Spooky,
}

/// <summary>
/// What to draw, as the interpreter understood the prompt: the subject and everything the prompt says about it.
/// A design reads only this, never the prompt's words, so the lexicon and the drawing grow independently.
/// </summary>
internal sealed record SpriteSpec
{
    /// <summary>The design's key in <see cref="Designs.DesignCatalog"/>, in plain English: "horse", "spaceship", "axe".</summary>
    public required string Subject { get; init; }

    public required SubjectCategory Category { get; init; }

    /// <summary>A refinement of the subject the design may honour: "pine" for a tree, "sports" for a car, "elf" for an archer.</summary>
    public string? Variant { get; init; }

    /// <summary>16, 32 or 64.</summary>
    public int GridSize { get; init; } = 32;

    public SpriteMood Mood { get; init; }

    /// <summary>Colours named without a part, in the prompt's order: the first is the main colour.</summary>
    public IReadOnlyList<Hsv> Colours { get; init; } = [];

    /// <summary>Colours named for a part ("red roof", "blue thrusters"), keyed by the part's canonical noun.</summary>
    public IReadOnlyDictionary<string, Hsv> PartColours { get; init; } = new Dictionary<string, Hsv>();

    /// <summary>
    /// Parts and modifiers the prompt names, as canonical words: wings, horns, tail, tentacles, beard, hat, helmet, hood,
    /// crown, cape, armour, glow, eyepatch, mask, scarf, antlers, spikes, shell, fins, robe, dress, ...
    /// </summary>
    public IReadOnlySet<string> Details { get; init; } = new HashSet<string>();

    /// <summary>What the thing is made of, when the prompt says: wooden, golden, silver, iron, stone, icy, crystal, fiery, ...</summary>
    public string? Material { get; init; }

    /// <summary>The subject of a held weapon or tool ("sword", "staff", "hammer"), for characters.</summary>
    public string? Held { get; init; }

    /// <summary>How many eyes, when the prompt says ("one-eyed", "three eyes").</summary>
    public int? EyeCount { get; init; }

    /// <summary>Text that seeds the randomness with the seed; the normalised prompt, so the same prompt varies the same way.</summary>
    public string SeedText { get; init; } = "";

    public bool Has(string detail) => Details.Contains(detail);
}
