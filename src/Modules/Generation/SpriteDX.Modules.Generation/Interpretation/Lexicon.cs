using System.Collections.Frozen;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

internal enum ColourShift
{
    None,
    Dark,
    Deep,
    Light,
    Pale,
    Pastel,
    Bright,
    Neon,
    Vivid,
    Muted,
}

internal enum WordRole
{
    Plain,

    /// <summary>Starts an attachment: "with", "holding", "in", "of", ...</summary>
    Marker,

    /// <summary>"and": joins colours before a noun, starts another attachment after one.</summary>
    And,

    /// <summary>"without", "no": what follows is not drawn.</summary>
    Without,
}

/// <summary>A noun's meaning: the subject it names and what it implies ("kitten" is a cute cat).</summary>
internal sealed record NounSense(string Subject, SubjectCategory Category, string? Variant, bool Weak, IReadOnlyList<string> Implied, int? EyeCount);

/// <summary>A material and the colour it implies when the prompt names none.</summary>
internal sealed record MaterialSense(string Name, Hsv Colour);

/// <summary>Everything the lexicon knows about one word or phrase; one word may be several things ("orange", "gold", "crown").</summary>
internal sealed record Sense
{
    public NounSense? Noun { get; init; }

    public Hsv? Colour { get; init; }

    /// <summary>A plain colour name that can end a compound colour ("sky blue").</summary>
    public bool BasicColour { get; init; }

    public ColourShift Shift { get; init; }

    public MaterialSense? Material { get; init; }

    public SpriteMood? Mood { get; init; }

    public string? Detail { get; init; }

    public string? Part { get; init; }

    public bool Outfit { get; init; }

    public string? Echo { get; init; }

    public string? HeldOnly { get; init; }

    public bool Measure { get; init; }

    public int? Number { get; init; }

    public int? Grid { get; init; }

    public bool Eye { get; init; }

    public WordRole Role { get; init; }
}

/// <summary>
/// The words SpriteDX understands: nouns that name the subjects the designs draw, and the colours, materials,
/// parts, moods and fillers around them. Built once from the readable tables in the partial files.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>Longest phrase in words ("four leaf clover").</summary>
    public const int MaxPhraseWords = 4;

    /// <summary>Offered when nothing in the prompt is close to a known word.</summary>
    public static readonly IReadOnlyList<string> PopularSubjects = ["dragon", "knight", "slime", "sword", "potion"];

    /// <summary>Every subject a design draws, with its category; the keys of <c>DesignCatalog</c>.</summary>
    public static readonly FrozenDictionary<string, SubjectCategory> Subjects = BuildSubjects();

    private static readonly FrozenDictionary<string, Sense> Words = BuildWords();

    /// <summary>The words again, looked up by a slice of the prompt without allocating, answering the lexicon's spelling too.</summary>
    private static readonly FrozenDictionary<string, (string Key, Sense Sense)>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.ToFrozenDictionary(word => word.Key, word => (word.Key, word.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> PhraseStarts = Words.Keys
        .Where(key => key.Contains(' ', StringComparison.Ordinal))
        .Select(key => key[..key.IndexOf(' ', StringComparison.Ordinal)])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStartsBySpan =
        PhraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Variants = BuildVariants();

    private static readonly FrozenDictionary<string, string> Species = ParseVariantWords(SpeciesWords);

    private static readonly FrozenSet<string> Holdable = Subjects
        .Where(subject => subject.Value == SubjectCategory.Weapon)
        .Select(subject => subject.Key)
        .Concat(Split(HoldableItems))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Single nouns (three letters or more) and their subjects, in table order, to suggest from when a word looks misspelt.</summary>
    public static readonly IReadOnlyList<(string Word, string Subject)> SuggestionWords = Words
        .Where(word => word.Value.Noun is not null && word.Key.Length >= 3 && !word.Key.Contains(' ', StringComparison.Ordinal))
        .Select(word => (word.Key, word.Value.Noun!.Subject))
        .OrderBy(word => word.Key, StringComparer.Ordinal)
        .ToArray();

    /// <summary>How many words and phrases name a subject (nouns, synonyms and irregular plurals).</summary>
    public static int NounCount => Words.Values.Count(sense => sense.Noun is not null);

    /// <summary>How many words and phrases the lexicon knows in all.</summary>
    public static int WordCount => Words.Count;

    /// <summary>"one", "two", ... for the summary's "three-eyed".</summary>
    public static string NumberName(int number) => NumberWords[number];

    public static bool IsPhraseStart(ReadOnlySpan<char> word) => PhraseStartsBySpan.Contains(word);

    public static bool IsHoldable(string subject) => Holdable.Contains(subject);

    /// <summary>Subjects that are also worn: after "with" or "wearing" they are a detail of the wearer ("a witch hat").</summary>
    public static bool IsWorn(string subject) => subject is "hat" or "helmet" or "crown" or "armour";

    /// <summary>
    /// Finds a word or phrase, reading a regular plural back to its singular (wolves → wolf, cherries → cherry,
    /// boxes → box). <paramref name="key"/> is the lexicon's spelling.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> text, out string key, out Sense sense)
    {
        if (WordsBySpan.TryGetValue(text, out var found))
        {
            (key, sense) = found;
            return true;
        }
        (key, sense) = ("", null!);
        if (text.Length < 4 || text.Length > 64 || text[^1] != 's')
            return false;

        Span<char> buffer = stackalloc char[text.Length + 1];
        if (text.EndsWith("ies") && TryStem(text[..^3], "y", buffer, out key, out sense))
            return true;
        if (text.EndsWith("ves") && (TryStem(text[..^3], "f", buffer, out key, out sense) || TryStem(text[..^3], "fe", buffer, out key, out sense)))
            return true;
        if (text.EndsWith("es") && TryStem(text[..^2], "", buffer, out key, out sense))
            return true;
        return !text.EndsWith("ss") && TryStem(text[..^1], "", buffer, out key, out sense);
    }

    /// <summary>The variant a word gives a subject when it comes before it ("pine" tree, "elf" archer), if any.</summary>
    public static string? VariantFor(string subject, SubjectCategory category, string word) =>
        Variants.TryGetValue(subject, out var variants) && variants.TryGetValue(word, out var variant) ? variant
        : category == SubjectCategory.Character && Species.TryGetValue(word, out var species) && species != subject ? species
        : null;

    private static bool TryStem(ReadOnlySpan<char> stem, ReadOnlySpan<char> ending, Span<char> buffer, out string key, out Sense sense)
    {
        stem.CopyTo(buffer);
        ending.CopyTo(buffer[stem.Length..]);
        var found = WordsBySpan.TryGetValue(buffer[..(stem.Length + ending.Length)], out var entry);
        (key, sense) = found ? entry : ("", null!);
        return found;
    }

    private static FrozenDictionary<string, SubjectCategory> BuildSubjects()
    {
        var subjects = new Dictionary<string, SubjectCategory>(StringComparer.Ordinal);
        foreach (var (category, names) in SubjectRows)
        {
            foreach (var subject in Split(names))
            {
                if (!subjects.TryAdd(subject, category))
                    throw new InvalidOperationException($"The subject '{subject}' is listed twice.");
            }
        }
        return subjects.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Sense> BuildWords()
    {
        var words = new Dictionary<string, Sense>(StringComparer.Ordinal);
        void Add(string names, Func<Sense, Sense> change)
        {
            foreach (var word in Split(names))
                words[word] = change(words.GetValueOrDefault(word) ?? new Sense());
        }

        foreach (var word in Split(FillerWords))
            words.TryAdd(word, new Sense());
        foreach (var (colour, names) in ColourRows)
            Add(names, sense => sense with { Colour = colour });
        Add(BasicColours, sense => sense with { BasicColour = true });
        foreach (var (shift, names) in ShiftRows)
            Add(names, sense => sense with { Shift = shift });
        foreach (var (material, colour, names) in MaterialRows)
            Add(names, sense => sense with { Material = new MaterialSense(material, colour) });
        foreach (var (mood, names) in MoodRows)
            Add(names, sense => sense with { Mood = mood });
        foreach (var (detail, part, names) in PartRows)
            Add(names, sense => sense with { Detail = detail == "-" ? null : detail, Part = part == "-" ? null : part });
        foreach (var (grid, names) in GridRows)
            Add(names, sense => sense with { Grid = grid });
        Add(OutfitWords, sense => sense with { Outfit = true });
        foreach (var word in Split(EchoWords))
            words[word] = (words.GetValueOrDefault(word) ?? new Sense()) with { Echo = word };
        foreach (var (word, held) in ParseVariantWords(HeldOnlyWords))
            words[word] = (words.GetValueOrDefault(word) ?? new Sense()) with { HeldOnly = held };
        Add(MeasureWords, sense => sense with { Measure = true });
        Add(MarkerWords, sense => sense with { Role = WordRole.Marker });
        Add("and", sense => sense with { Role = WordRole.And });
        Add("without no", sense => sense with { Role = WordRole.Without });
        Add("eye eyes eyed", sense => sense with { Eye = true });
        for (var number = 0; number < NumberWords.Length; number++)
        {
            var value = number;
            Add(NumberWords[number], sense => sense with { Number = value });
        }
        Add("single", sense => sense with { Number = 1 });

        foreach (var (row, entries) in NounRows)
        {
            var subject = row.Replace('_', ' ');
            if (!Subjects.TryGetValue(subject, out var category))
                throw new InvalidOperationException($"Nouns are listed for '{subject}', which is not a subject.");
            foreach (var entry in entries.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (word, noun) = ParseNoun(subject, category, entry);
                var sense = words.GetValueOrDefault(word) ?? new Sense();
                if (sense.Noun is { } other)
                    throw new InvalidOperationException($"'{word}' names both '{other.Subject}' and '{noun.Subject}'.");
                words[word] = sense with { Noun = noun };
            }
        }

        foreach (var sense in words.Values)
        {
            foreach (var implied in sense.Noun?.Implied ?? [])
            {
                if (!words.ContainsKey(implied))
                    throw new InvalidOperationException($"'{sense.Noun!.Subject}' implies '{implied}', which the lexicon does not know.");
            }
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads "~word/variant+implied+eyes1" (see <see cref="NounRows"/>).</summary>
    private static (string Word, NounSense Noun) ParseNoun(string subject, SubjectCategory category, string entry)
    {
        var weak = entry.StartsWith('~');
        var parts = entry.TrimStart('~').Split('+');
        var implied = parts[1..].Where(part => !part.StartsWith("eyes", StringComparison.Ordinal)).ToArray();
        int? eyes = parts[1..].FirstOrDefault(part => part.StartsWith("eyes", StringComparison.Ordinal)) is { } eyeCount
            ? int.Parse(eyeCount.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture)
            : null;
        var slash = parts[0].IndexOf('/', StringComparison.Ordinal);
        var word = (slash < 0 ? parts[0] : parts[0][..slash]).Replace('_', ' ');
        var variant = slash < 0 ? null : parts[0][(slash + 1)..].Replace('_', ' ');
        return (word, new NounSense(subject, category, variant, weak, implied, eyes));
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> BuildVariants()
    {
        var bySubject = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string> For(string subject) =>
            bySubject.TryGetValue(subject, out var table) ? table : bySubject[subject] = new Dictionary<string, string>(StringComparer.Ordinal);

        // A noun that is itself a variant ("pine") refines its subject when it comes before it: "pine tree".
        foreach (var (word, sense) in Words)
        {
            if (sense.Noun is { Variant: { } variant } noun)
                For(noun.Subject)[word] = variant;
        }
        foreach (var (row, entries) in VariantRows)
        {
            var subject = row.Replace('_', ' ');
            if (!Subjects.ContainsKey(subject))
                throw new InvalidOperationException($"Variants are listed for '{subject}', which is not a subject.");
            foreach (var (word, variant) in ParseVariantWords(entries))
                For(subject)[word] = variant;
        }
        return bySubject.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> ParseVariantWords(string entries) =>
        Split(entries)
            .Select(entry => entry.Split('/'))
            .ToFrozenDictionary(parts => parts[0].Replace('_', ' '), parts => parts[^1].Replace('_', ' '), StringComparer.Ordinal);

    /// <summary>Splits a table cell into its words; an underscore joins the words of a phrase.</summary>
    private static IEnumerable<string> Split(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Contains('/', StringComparison.Ordinal) || word.Contains('+', StringComparison.Ordinal) ? word : word.Replace('_', ' '));
}
