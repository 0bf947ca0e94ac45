using System.Globalization;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

/// <summary>
/// One reading of a prompt's words: cuts them into a head and attachments, chooses the subject, then gathers what the
/// other words say about it. See <see cref="PromptInterpreter"/> for the rules.
/// </summary>
internal sealed class PromptReading
{
    /// <summary>Parts written in the plural or as mass nouns take no article in the summary ("with wings", "with armour").</summary>
    private static readonly HashSet<string> NoArticle = new(StringComparer.Ordinal)
    {
        "wings", "horns", "tentacles", "antlers", "fins", "spikes", "claws", "fangs", "tusks", "glasses", "walls",
        "thrusters", "wheels", "boots", "eyes", "petals", "leaves", "sails", "flames", "hair", "armour", "frosting",
        "liquid", "snow",
    };

    /// <summary>How a canonical part reads in the summary when it differs from its key.</summary>
    private static readonly Dictionary<string, string> PartPhrases = new(StringComparer.Ordinal)
    {
        ["sail"] = "sails",
        ["flame"] = "flames",
    };

    private readonly List<PromptWord> _words;
    private readonly bool[] _skipped;
    private readonly List<(int Start, int End, string Marker, bool Negated)> _segments = [];

    private readonly List<(Hsv Colour, string Name)> _colours = [];
    private readonly Dictionary<string, Hsv> _partColours = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _partColourNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _details = new(StringComparer.Ordinal);

    /// <summary>Parts and details in prompt order, as the summary lists them (a part's key, or a detail without a part).</summary>
    private readonly List<string> _features = [];
    private readonly List<string> _echoes = [];
    private readonly List<(Hsv Colour, string Name)> _pending = [];

    private int _subjectSegment = -1;
    private int _subjectWord = -1;
    private NounSense _noun = null!;
    private Hsv? _impliedColour;
    private SpriteMood? _impliedMood;
    private ColourShift _shift;
    private string? _shiftWord;
    private string? _heldColourName;
    private int? _wordGrid;

    public PromptReading(List<PromptWord> words)
    {
        _words = words;
        _skipped = new bool[words.Count];
        MarkMeasures();
        Segment();
        ReadMoodAndGrid();
    }

    public int? Grid { get; private set; }

    public SpriteMood? ExplicitMood { get; private set; }

    public string Subject => _noun.Subject;

    public SubjectCategory Category => _noun.Category;

    public string? Variant { get; private set; }

    public SpriteMood Mood => ExplicitMood ?? _impliedMood ?? SpriteMood.Neutral;

    public IReadOnlyList<Hsv> Colours => _colours.Count > 0 ? _colours.Select(colour => colour.Colour).ToArray()
        : _impliedColour is { } implied ? [implied]
        : Material is { } material ? [material.Colour]
        : [];

    public IReadOnlyList<string> ColourNames => _colours.Select(colour => colour.Name).ToArray();

    public IReadOnlyDictionary<string, Hsv> PartColours => _partColours;

    public IReadOnlySet<string> Details => _details;

    public MaterialSense? Material { get; private set; }

    public string? Held { get; private set; }

    public int? EyeCount { get; private set; }

    private bool IsCharacterOrCreature => Category is SubjectCategory.Character or SubjectCategory.Creature;

    /// <summary>
    /// The subject is the last specific noun of the head, else its last generic one; when the head names nothing,
    /// the first attachment that names something ("pair of cherries", "with a sword").
    /// </summary>
    public bool TryChooseSubject()
    {
        for (var segment = 0; segment < _segments.Count; segment++)
        {
            var (start, end, _, negated) = _segments[segment];
            if (negated)
                continue;
            var strong = -1;
            var weak = -1;
            for (var i = start; i < end; i++)
            {
                if (_skipped[i] || _words[i].Noun is not { } noun)
                    continue;
                if (noun.Weak)
                    weak = i;
                else
                    strong = i;
            }
            var chosen = strong >= 0 ? strong : weak;
            if (chosen < 0)
                continue;
            _subjectSegment = segment;
            _subjectWord = chosen;
            _noun = _words[chosen].Noun!;
            Variant = _noun.Variant;
            return true;
        }
        return false;
    }

    public void Apply()
    {
        for (var segment = 0; segment < _segments.Count; segment++)
        {
            var (start, end, marker, negated) = _segments[segment];
            if (negated)
                continue;
            if (segment == _subjectSegment)
                ReadHead(start, end);
            else
                ReadAttachment(start, end, marker);
        }
        foreach (var implied in _noun.Implied)
            ApplyImplied(implied);
        EyeCount ??= _noun.EyeCount;
    }

    public IReadOnlyList<string> DetailPhrases()
    {
        var phrases = _features.Where(feature => feature != "glow").Select(feature => FeaturePhrase(feature, article: false)).ToList();
        if (_details.Contains("glow"))
            phrases.Add("glowing");
        if (Material is { } material)
            phrases.Add(material.Name);
        if (EyeCount is { } eyes)
            phrases.Add(EyesPhrase(eyes));
        if (Held is { } held)
            phrases.Add($"holding {WithArticle(Join(_heldColourName, held))}");
        return phrases;
    }

    /// <summary>"32×32 evil red dragon with wings", "32×32 old wizard with a beard, holding a staff". Only lexicon words, never raw input.</summary>
    public string Summary(int grid)
    {
        var words = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{grid}×{grid}") };
        if (Mood != SpriteMood.Neutral)
            words.Add(Mood.ToString().ToLowerInvariant());
        words.AddRange(_echoes);
        if (EyeCount is { } eyes)
            words.Add(EyesPhrase(eyes));
        if (_details.Contains("glow"))
            words.Add("glowing");
        if (_colours.Count > 0)
            words.Add(JoinList(ColourNames));
        if (Material is { } material)
            words.Add(material.Name);
        if (Variant is { } variant && variant != Subject)
            words.Add(variant);
        words.Add(Subject);
        var summary = string.Join(' ', words);
        var features = _features.Where(feature => feature != "glow").Select(feature => FeaturePhrase(feature, article: true)).ToList();
        if (features.Count > 0)
            summary += " with " + JoinList(features);
        if (Held is { } held)
            summary += $", holding {WithArticle(Join(_heldColourName, held))}";
        return summary;
    }

    private void MarkMeasures()
    {
        // "loaf of bread": the measure and its "of" step aside so the thing measured is the head.
        for (var i = 0; i + 1 < _words.Count; i++)
        {
            if (_words[i].Sense is { Measure: true } && _words[i + 1].Key == "of")
            {
                _skipped[i] = true;
                _skipped[i + 1] = true;
            }
        }
    }

    private void Segment()
    {
        var start = 0;
        var marker = "";
        var negated = false;
        var headHasNoun = false;
        for (var i = 0; i < _words.Count; i++)
        {
            if (_skipped[i])
                continue;
            var role = _words[i].Sense?.Role ?? WordRole.Plain;
            var splits = role is WordRole.Marker or WordRole.Without || (role == WordRole.And && (marker != "" || headHasNoun));
            if (!splits)
            {
                headHasNoun |= marker == "" && _words[i].Noun is not null;
                continue;
            }
            _segments.Add((start, i, marker, negated));
            negated = role == WordRole.Without || (role == WordRole.And && negated);
            marker = role == WordRole.And ? (marker == "" ? "and" : marker) : _words[i].Key;
            start = i + 1;
        }
        _segments.Add((start, _words.Count, marker, negated));
    }

    private void ReadMoodAndGrid()
    {
        foreach (var (start, end, _, negated) in _segments)
        {
            for (var i = start; i < end; i++)
            {
                var word = _words[i];
                if (_skipped[i] || negated)
                    continue;
                if (word.Grid > 0)
                    Grid ??= word.Grid;
                if (word.Sense is not { } sense)
                    continue;
                if (sense.Mood is { } mood && !(sense.Shift != ColourShift.None && NextHasColour(i, end)))
                    ExplicitMood ??= mood;
                if (sense.Grid is { } grid)
                    _wordGrid ??= grid;
            }
        }
        Grid ??= _wordGrid;
    }

    private void ReadHead(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_skipped[i] || _words[i].Sense is not { } sense)
                continue;
            if (i == _subjectWord)
            {
                FlushPending();
                continue;
            }
            if (ReadShiftEyesOrMood(i, end, sense))
                continue;
            if (_words[i].Noun is { } noun)
            {
                if (TryVariant(_words[i].Key))
                    continue;
                foreach (var implied in noun.Implied)
                {
                    if (Lexicon.TryFind(implied, out _, out var impliedSense) && impliedSense.Mood is { } mood)
                        _impliedMood ??= mood;
                }
            }
            else if (TryVariant(_words[i].Key))
            {
                continue;
            }

            if (sense.Material is { } material)
            {
                FlushPending();
                Material ??= material;
            }
            else if (sense.Colour is { } colour)
            {
                AddPending(colour, _words[i].Key, sense.BasicColour);
            }
            else if (sense.Part is { } part && _words[i].Noun is null && _pending.Count > 0)
            {
                PaintPart(part, _pending[^1]);
                _pending.Clear();
            }
            else
            {
                FlushPending();
            }
            if (sense.Detail is { } detail)
                AddDetail(detail, sense.Part);
            if (sense.Echo is { } echo && !_echoes.Contains(echo))
                _echoes.Add(echo);
        }
        FlushPending();
    }

    private void ReadAttachment(int start, int end, string marker)
    {
        for (var i = start; i < end; i++)
        {
            if (_skipped[i] || _words[i].Sense is not { } sense)
                continue;
            if (ReadShiftEyesOrMood(i, end, sense))
                continue;
            var noun = _words[i].Noun;
            var nextNamesAThing = NextIndex(i, end) is var next && next < end && _words[next].Sense is { } nextSense
                && (nextSense.Noun is not null || nextSense.Part is not null || nextSense.HeldOnly is not null);

            if (noun is not null && nextNamesAThing)
            {
                // A noun before a noun is an adjective: "fire staff", "stone walls".
                if (sense.Colour is { } nounColour)
                    AddPending(nounColour, _words[i].Key, basic: false);
                else if (sense.Material is { } nounMaterial)
                    AddPending(nounMaterial.Colour, nounMaterial.Name, basic: false);
                continue;
            }
            if (sense.Part is not null || sense.Detail is not null)
            {
                ReadWorn(sense);
                continue;
            }
            if (noun is not null && Lexicon.IsWorn(noun.Subject))
            {
                ReadWorn(sense with { Detail = noun.Subject, Part = noun.Subject });
                continue;
            }
            if (sense.Outfit)
            {
                FlushPending();
                continue;
            }
            var holdable = sense.HeldOnly ?? (noun is not null && Lexicon.IsHoldable(noun.Subject) ? noun.Subject : null);
            if (holdable is not null && IsCharacterOrCreature)
            {
                if (Held is null)
                {
                    Held = holdable;
                    _heldColourName = _pending.Count > 0 ? _pending[^1].Name : null;
                    if (_pending.Count > 0)
                        PaintPart("held", _pending[^1], feature: false);
                }
                else if (holdable == "shield")
                {
                    AddDetail("shield", part: null);
                }
                _pending.Clear();
                continue;
            }
            if (noun is not null)
            {
                // Something else in the picture ("riding a horse"): known, but not drawn, and its colour is its own.
                _pending.Clear();
                continue;
            }
            if (marker == "of" && TryVariant(_words[i].Key))
                continue;
            if (sense.Colour is { } colour)
                AddPending(colour, _words[i].Key, sense.BasicColour);
            else if (sense.Material is { } material)
                AddPending(material.Colour, material.Name, basic: false);
        }
        FlushPending();
    }

    /// <summary>A part or detail after a marker: "a green hood", "horned helmet", "a ruby" (its own colour), "glowing".</summary>
    private void ReadWorn(Sense sense)
    {
        var part = sense.Part;
        if (part == "cap" && Category == SubjectCategory.Character)
            part = "hat";
        var detail = sense.Detail ?? (part == "hat" ? "hat" : null);
        if (part is not null)
        {
            (Hsv Colour, string Name)? colour = _pending.Count > 0 ? _pending[^1] : sense.Colour is { } own ? (own, "") : null;
            if (colour is { } painted)
                PaintPart(part, painted);
            _pending.Clear();
        }
        if (detail is not null)
            AddDetail(detail, part);
    }

    /// <summary>Reads a shade before a colour ("dark red") or a count before eyes; true also for a word that is only a mood (read already).</summary>
    private bool ReadShiftEyesOrMood(int i, int end, Sense sense)
    {
        var next = NextIndex(i, end);
        if (sense.Shift != ColourShift.None && next < end && _words[next].Sense?.Colour is not null)
        {
            _shift = sense.Shift;
            _shiftWord = _words[i].Key;
            return true;
        }
        if (sense.Number is { } count && next < end && _words[next].Sense is { Eye: true })
        {
            EyeCount ??= count;
            _skipped[next] = true;
            return true;
        }
        return sense.Mood is not null && sense.Colour is null && sense.Noun is null && sense.Detail is null && sense.Material is null;
    }

    private bool TryVariant(string word)
    {
        if (Lexicon.VariantFor(Subject, Category, word) is not { } variant)
            return false;
        Variant ??= variant;
        return true;
    }

    private void ApplyImplied(string word)
    {
        if (!Lexicon.TryFind(word, out _, out var sense))
            return;
        if (sense.Mood is { } mood)
            _impliedMood ??= mood;
        if (sense.Colour is { } colour)
            _impliedColour ??= colour;
        if (sense.Material is { } material)
            Material ??= material;
        if (sense.Detail is { } detail)
            AddDetail(detail, sense.Part);
    }

    private void AddPending(Hsv colour, string name, bool basic)
    {
        if (_shift != ColourShift.None)
        {
            colour = Shifted(colour, _shift);
            name = $"{_shiftWord} {name}";
            _shift = ColourShift.None;
        }
        else if (basic && _pending.Count > 0 && !_pending[^1].Name.Contains(' ', StringComparison.Ordinal))
        {
            // "sky blue", "blood red": one colour, the first word's shade.
            _pending[^1] = (_pending[^1].Colour, $"{_pending[^1].Name} {name}");
            return;
        }
        _pending.Add((colour, name));
    }

    private void FlushPending()
    {
        foreach (var pending in _pending)
        {
            if (!_colours.Exists(colour => colour.Colour == pending.Colour))
                _colours.Add(pending);
        }
        _pending.Clear();
    }

    private void PaintPart(string part, (Hsv Colour, string Name) colour, bool feature = true)
    {
        if (!_partColours.TryAdd(part, colour.Colour))
            return;
        _partColourNames[part] = colour.Name;
        if (feature && !_features.Contains(part))
            _features.Add(part);
    }

    private void AddDetail(string detail, string? part)
    {
        if (!_details.Add(detail))
            return;
        var feature = part ?? detail;
        if (!_features.Contains(feature))
            _features.Add(feature);
    }

    private string FeaturePhrase(string feature, bool article)
    {
        var noun = PartPhrases.GetValueOrDefault(feature, feature);
        var phrase = Join(_partColourNames.GetValueOrDefault(feature), noun);
        return article && !NoArticle.Contains(noun) ? WithArticle(phrase) : phrase;
    }

    private bool NextHasColour(int i, int end) => NextIndex(i, end) is var next && next < end && _words[next].Sense?.Colour is not null;

    private int NextIndex(int i, int end)
    {
        var next = i + 1;
        while (next < end && _skipped[next])
            next++;
        return next;
    }

    private static Hsv Shifted(Hsv colour, ColourShift shift) => shift switch
    {
        ColourShift.Dark => colour.With(value: colour.Value * 0.62, saturation: colour.Saturation + 0.08),
        ColourShift.Deep => colour.With(value: colour.Value * 0.72, saturation: colour.Saturation + 0.1),
        ColourShift.Light => colour.With(saturation: colour.Saturation * 0.55, value: colour.Value + 0.15),
        ColourShift.Pale => colour.With(saturation: colour.Saturation * 0.4, value: colour.Value + 0.2),
        ColourShift.Pastel => colour.With(saturation: colour.Saturation * 0.45, value: colour.Value + 0.2),
        ColourShift.Bright => colour.With(saturation: colour.Saturation + 0.1, value: colour.Value + 0.15),
        ColourShift.Neon => colour.With(saturation: 1, value: 1),
        ColourShift.Vivid => colour.With(saturation: colour.Saturation + 0.15, value: colour.Value + 0.1),
        ColourShift.Muted => colour.With(saturation: colour.Saturation * 0.55),
        _ => colour,
    };

    private static string EyesPhrase(int eyes) =>
        eyes is > 0 and <= 10 ? $"{Lexicon.NumberName(eyes)}-eyed" : string.Create(CultureInfo.InvariantCulture, $"{eyes}-eyed");

    private static string Join(string? first, string second) => string.IsNullOrEmpty(first) ? second : $"{first} {second}";

    private static string WithArticle(string phrase) => ("aeiou".Contains(phrase[0], StringComparison.Ordinal) ? "an " : "a ") + phrase;

    private static string JoinList(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
