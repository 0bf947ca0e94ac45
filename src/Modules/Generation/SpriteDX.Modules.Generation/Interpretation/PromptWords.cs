using System.Globalization;
using System.Text;

namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>One understood (or not) piece of a prompt: a word, a phrase, or a size such as "32x32".</summary>
/// <param name="Key">The lexicon's spelling, or the word itself when unknown.</param>
/// <param name="Sense">What the lexicon knows; null when the word is unknown or a size.</param>
/// <param name="Grid">The grid a size names ("16px", "64 x 64"), else 0.</param>
internal sealed record PromptWord(string Key, Sense? Sense, int Grid = 0)
{
    public NounSense? Noun => Sense?.Noun;

    public bool IsUnknown => Sense is null && Grid == 0;
}

/// <summary>Normalises a prompt and reads it into words and phrases, longest phrase first.</summary>
internal static class PromptWords
{
    /// <summary>Longer prompts are read only this far, so a pasted essay costs no more than a long prompt.</summary>
    public const int MaxLength = 1000;

    /// <summary>Lower case letters and digits separated by single spaces: case, spacing, accents and punctuation do not count.</summary>
    public static string Normalise(string? prompt)
    {
        if (string.IsNullOrEmpty(prompt))
            return "";
        var source = prompt.Length > MaxLength ? prompt[..MaxLength] : prompt;
        var builder = new StringBuilder(source.Length);
        foreach (var character in Decompose(source))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark || character is '\'' or '\u2019' or '\u2018')
                continue;
            if (char.IsLetterOrDigit(character))
                builder.Append(char.ToLowerInvariant(character));
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    public static List<PromptWord> Read(string normalised)
    {
        var starts = new List<int>();
        for (var i = 0; i < normalised.Length; i++)
        {
            if (i == 0 || normalised[i - 1] == ' ')
                starts.Add(i);
        }
        int End(int word) => word + 1 < starts.Count ? starts[word + 1] - 1 : normalised.Length;
        ReadOnlySpan<char> Word(int word) => normalised.AsSpan(starts[word], End(word) - starts[word]);

        var words = new List<PromptWord>(starts.Count);
        for (var i = 0; i < starts.Count;)
        {
            var (grid, sizeWords) = ReadSize(Word(i), i + 1 < starts.Count ? Word(i + 1) : [], i + 2 < starts.Count ? Word(i + 2) : []);
            if (grid > 0)
            {
                words.Add(new PromptWord(Word(i).ToString(), null, grid));
                i += sizeWords;
                continue;
            }
            var matched = 0;
            if (Lexicon.IsPhraseStart(Word(i)))
            {
                for (var length = Math.Min(Lexicon.MaxPhraseWords, starts.Count - i); length >= 2 && matched == 0; length--)
                {
                    var phrase = normalised.AsSpan(starts[i], End(i + length - 1) - starts[i]);
                    if (Lexicon.TryFind(phrase, out var key, out var sense))
                    {
                        words.Add(new PromptWord(key, sense));
                        matched = length;
                    }
                }
            }
            if (matched == 0 && LeadingDigits(Word(i)) == Word(i).Length)
            {
                // A bare number is no subject and no unknown word; it may count eyes ("3 eyes").
                var value = Word(i).Length <= 3 ? int.Parse(Word(i), CultureInfo.InvariantCulture) : 0;
                words.Add(new PromptWord(Word(i).ToString(), new Sense { Number = value }));
                matched = 1;
            }
            if (matched == 0)
            {
                words.Add(Lexicon.TryFind(Word(i), out var key, out var sense) ? new PromptWord(key, sense) : new PromptWord(Word(i).ToString(), null));
                matched = 1;
            }
            i += matched;
        }
        return words;
    }

    /// <summary>"16px", "32x32", "64 px", "64 x 64", "48 pixels" → the grid (snapped to 16/32/64) and how many words it took.</summary>
    private static (int Grid, int Words) ReadSize(ReadOnlySpan<char> word, ReadOnlySpan<char> next, ReadOnlySpan<char> afterNext)
    {
        var digits = LeadingDigits(word);
        if (digits is 0 or > 3)
            return (0, 0);
        var pixels = int.Parse(word[..digits], CultureInfo.InvariantCulture);
        var rest = word[digits..];
        if (rest is "px" || (rest.Length > 1 && rest[0] == 'x' && LeadingDigits(rest[1..]) == rest.Length - 1 && rest.Length <= 4))
            return (PromptInterpreter.Snap(pixels), 1);
        if (rest.Length > 0)
            return (0, 0);
        if (next is "px" or "pixel" or "pixels")
            return (PromptInterpreter.Snap(pixels), 2);
        if (next is "x" && LeadingDigits(afterNext) is > 0 and <= 3 && LeadingDigits(afterNext) == afterNext.Length)
            return (PromptInterpreter.Snap(pixels), 3);
        return (0, 0);
    }

    private static int LeadingDigits(ReadOnlySpan<char> word)
    {
        var count = 0;
        while (count < word.Length && char.IsAsciiDigit(word[count]))
            count++;
        return count;
    }

    /// <summary>Compatibility decomposition: full-width letters become plain ones and accents come apart from their letters.</summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (a cut emoji) cannot be normalised; it is punctuation to the reader anyway.
            return text;
        }
    }
}
