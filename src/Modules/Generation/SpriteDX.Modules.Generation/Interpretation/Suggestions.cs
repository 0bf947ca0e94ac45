namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>Close subjects to offer when a prompt names none: typos ("dargon"), beginnings ("drag"), else popular ones.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;
    private const int MinWordLength = 3;
    private const int MaxWordLength = 24;

    /// <summary>Typing runs on every keystroke: a prompt of nonsense words is checked only this far.</summary>
    private const int MaxWordsTried = 5;

    public static IReadOnlyList<string> For(IReadOnlyList<string> unknownWords)
    {
        var found = new List<(int Score, int Order, string Subject)>();
        foreach (var word in unknownWords.Take(MaxWordsTried))
        {
            if (word.Length is < MinWordLength or > MaxWordLength)
                continue;
            var limit = word.Length <= 5 ? 1 : 2;
            for (var order = 0; order < Lexicon.SuggestionWords.Count; order++)
            {
                var (known, subject) = Lexicon.SuggestionWords[order];
                if (known.StartsWith(word, StringComparison.Ordinal))
                    found.Add((1, order, subject));
                else if (Math.Abs(known.Length - word.Length) <= limit && SameStart(word, known) && Distance(word, known) is var distance && distance <= limit)
                    found.Add((distance, order, subject));
            }
        }
        if (found.Count == 0)
            return Lexicon.PopularSubjects;
        return found.OrderBy(match => match.Score).ThenBy(match => match.Order)
            .Select(match => match.Subject).Distinct(StringComparer.Ordinal).Take(MaxSuggestions).ToArray();
    }

    /// <summary>Typos keep the first letter, or swap it with the second ("dargon", "rdagon"); a cheap filter before the distance.</summary>
    private static bool SameStart(string word, string known) =>
        word[0] == known[0] || (word[0] == known[1] && word[1] == known[0]);

    /// <summary>Edit distance counting a swap of neighbours as one edit (optimal string alignment), as typos go.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> previousPrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], previousPrevious[j - 2] + 1);
            }
            var recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
