using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>
/// Reads a prompt into what will be drawn. Pure and deterministic: the same prompt always reads the same, and it is
/// cheap enough to run on every keystroke.
/// </summary>
/// <remarks>
/// The prompt is cut into a head ("red dragon") and attachments that start at a marker word ("with a sword", "in
/// silver armour", "breathing fire"). The subject is the last specific noun of the head, as in English compounds
/// ("wizard tower" is a tower); generic roles ("warrior", "captain") give way to specific nouns ("viking warrior" is a
/// viking). The other nouns of the head refine it (variants, colours, materials); attachments add what is held, worn
/// or coloured. Only when the head names nothing is the subject looked for after a marker ("pair of cherries").
/// </remarks>
internal static class PromptInterpreter
{
    public const int DefaultSize = 32;

    public const string NotRecognisedSummary = "No subject recognised";

    private const int MaxUnknownWords = 10;
    private const int MaxUnknownWordLength = 32;

    public static readonly IReadOnlyList<int> Sizes = [16, 32, 64];

    /// <summary>Any pixel size to the nearest grid SpriteDX draws.</summary>
    public static int Snap(int pixels) => pixels switch
    {
        <= 24 => 16,
        <= 48 => 32,
        _ => 64,
    };

    /// <param name="size">A size chosen outside the prompt (the API's "size"); it wins over one the prompt names.</param>
    public static PromptInterpretation Interpret(string prompt, int? size = null)
    {
        var normalised = PromptWords.Normalise(prompt);
        var words = PromptWords.Read(normalised);
        var reading = new PromptReading(words);
        var grid = size is { } chosen ? Snap(chosen) : reading.Grid ?? DefaultSize;
        var unknown = UnknownWords(words);

        if (!reading.TryChooseSubject())
        {
            return new PromptInterpretation(
                null, null, grid, reading.ExplicitMood ?? SpriteMood.Neutral, [], [], unknown, NotRecognisedSummary, Suggestions.For(unknown), null);
        }

        reading.Apply();
        var spec = new SpriteSpec
        {
            Subject = reading.Subject,
            Category = reading.Category,
            Variant = reading.Variant,
            GridSize = grid,
            Mood = reading.Mood,
            Colours = reading.Colours,
            PartColours = reading.PartColours,
            Details = reading.Details,
            Material = reading.Material?.Name,
            Held = reading.Held,
            EyeCount = reading.EyeCount,
            SeedText = normalised,
        };
        return new PromptInterpretation(
            reading.Subject,
            reading.Category,
            grid,
            reading.Mood,
            reading.ColourNames,
            reading.DetailPhrases(),
            unknown,
            reading.Summary(grid),
            [],
            spec);
    }

    private static List<string> UnknownWords(List<PromptWord> words)
    {
        var unknown = new List<string>();
        foreach (var word in words)
        {
            if (!word.IsUnknown)
                continue;
            var key = word.Key.Length > MaxUnknownWordLength ? word.Key[..MaxUnknownWordLength] : word.Key;
            if (!unknown.Contains(key))
                unknown.Add(key);
            if (unknown.Count == MaxUnknownWords)
                break;
        }
        return unknown;
    }
}
