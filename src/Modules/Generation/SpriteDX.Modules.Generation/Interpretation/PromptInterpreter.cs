using System.Globalization;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>Reads a prompt into what will be drawn. Pure and deterministic: the same prompt always reads the same.</summary>
internal static class PromptInterpreter
{
    public static readonly IReadOnlyList<int> Sizes = [16, 32, 64];

    /// <param name="size">A size chosen outside the prompt (the API's "size"); it wins over one the prompt names.</param>
    public static PromptInterpretation Interpret(string prompt, int? size = null)
    {
        var cues = PromptCues.Read(prompt);
        var grid = size ?? cues.GridSize;
        var monster = cues.NormalisedPrompt.Split(' ').Contains("monster");
        var recognised = cues.Kind != SpriteKind.Critter || monster;
        var subject = !recognised ? null : cues.Kind == SpriteKind.Critter ? "monster" : cues.Kind.ToString().ToLowerInvariant();
        var category = cues.IsCreature ? SubjectCategory.Creature : SubjectCategory.Item;
        var spec = recognised
            ? new SpriteSpec { Subject = subject!, Category = category, GridSize = grid, Mood = cues.Mood, Colours = cues.Colours, SeedText = cues.NormalisedPrompt }
            : null;
        var words = new List<string>();
        if (cues.Mood != SpriteMood.Neutral)
            words.Add(cues.Mood.ToString().ToLowerInvariant());
        words.AddRange(cues.ColourWords);
        words.Add(subject ?? "(no subject recognised)");
        var summary = string.Create(CultureInfo.InvariantCulture, $"{grid}×{grid} {string.Join(' ', words)}");
        return new PromptInterpretation(subject, recognised ? category : null, grid, cues.Mood, cues.ColourWords, [], [], summary, [], spec);
    }
}
