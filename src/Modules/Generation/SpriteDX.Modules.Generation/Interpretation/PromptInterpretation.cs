using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>
/// What SpriteDX will draw for a prompt, told to the person before any credit moves
/// (GET /api/generations/interpretation) and handed to the generator as <see cref="Spec"/>.
/// </summary>
/// <param name="Subject">The thing itself in plain English ("horse", "axe"), or null when no subject was recognised.</param>
/// <param name="Colours">The colour words the prompt used ("dark red", "gold").</param>
/// <param name="Details">Parts, materials and modifiers understood ("wings", "golden", "holding a sword").</param>
/// <param name="UnknownWords">Words that were neither understood nor filler, so the person sees what was ignored.</param>
/// <param name="Summary">One line: "32×32 evil red dragon with wings".</param>
/// <param name="Suggestions">Close subjects to try when the subject was not recognised (or a word looked misspelt).</param>
/// <param name="Spec">The drawing instructions; null when not recognised.</param>
internal sealed record PromptInterpretation(
    string? Subject,
    SubjectCategory? Category,
    int Size,
    SpriteMood Mood,
    IReadOnlyList<string> Colours,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> UnknownWords,
    string Summary,
    IReadOnlyList<string> Suggestions,
    SpriteSpec? Spec)
{
    public bool Recognized => Spec is not null;
}
