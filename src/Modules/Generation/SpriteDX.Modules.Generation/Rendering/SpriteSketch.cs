namespace SpriteDX.Modules.Generation.Rendering;

/// <summary>What a design draws with: the canvas, its seeded randomness, the spec and the shared materials.</summary>
/// <param name="frame">Which frame of the sheet is being drawn; designs that loop vary with it, others ignore it.</param>
/// <param name="blinking">This frame shows the eyes closed; <see cref="Eyes"/> draws them so without the design knowing.</param>
internal sealed class SpriteSketch(PixelCanvas canvas, SpriteRandom random, SpriteSpec spec, int frame = 0, bool blinking = false)
{
    public static readonly Ramp Ink = Ramp.From(new Hsv(250, 0.45, 0.14));
    public static readonly Ramp Steel = Ramp.From(new Hsv(212, 0.12, 0.74));
    public static readonly Ramp Gold = Ramp.From(new Hsv(44, 0.78, 0.94));
    public static readonly Ramp Wood = Ramp.From(new Hsv(26, 0.6, 0.58));
    public static readonly Ramp Leather = Ramp.From(new Hsv(20, 0.55, 0.42));
    public static readonly Ramp Bone = Ramp.From(new Hsv(44, 0.14, 0.93));
    public static readonly Ramp Glass = Ramp.From(new Hsv(195, 0.16, 0.9));
    public static readonly Ramp Cream = Ramp.From(new Hsv(38, 0.2, 0.96));

    public static readonly Ramp Stone = Ramp.From(new Hsv(30, 0.08, 0.62));
    public static readonly Ramp Ice = Ramp.From(new Hsv(195, 0.32, 0.96));
    public static readonly Ramp Crystal = Ramp.From(new Hsv(282, 0.32, 0.95));
    public static readonly Ramp Flame = Ramp.From(new Hsv(22, 0.9, 0.98));
    public static readonly Ramp Silver = Ramp.From(new Hsv(215, 0.06, 0.88));

    /// <summary>The materials a prompt can name (<see cref="SpriteSpec.Material"/>) and how they look.</summary>
    public static readonly IReadOnlyDictionary<string, Ramp> Materials = new Dictionary<string, Ramp>
    {
        ["wooden"] = Wood,
        ["golden"] = Gold,
        ["silver"] = Silver,
        ["steel"] = Steel,
        ["stone"] = Stone,
        ["icy"] = Ice,
        ["crystal"] = Crystal,
        ["fiery"] = Flame,
        ["bone"] = Bone,
        ["glass"] = Glass,
        ["leather"] = Leather,
    };

    private static readonly Rgba EyeWhite = new Hsv(220, 0.03, 1).ToRgba();
    private static readonly Rgba MouthInside = new Hsv(350, 0.62, 0.55).ToRgba();
    private static readonly Rgba BlushPink = new Hsv(350, 0.42, 1).ToRgba();
    private static readonly Hsv EvilGlow = new(6, 0.85, 1);

    public PixelCanvas Canvas { get; } = canvas;

    public SpriteRandom Random { get; } = random;

    public SpriteSpec Spec { get; } = spec;

    public SpriteMood Mood => Spec.Mood;

    /// <summary>0 for a still sprite; 0..3 in a looping one.</summary>
    public int Frame { get; } = frame;

    /// <summary>Randomness that differs per frame (flicker, sparkle) while <see cref="Random"/> keeps the layout fixed.</summary>
    public SpriteRandom FrameRandom { get; } = SpriteRandom.For(spec.SeedText + "#frame", frame);

    public int Grid => Canvas.Size;

    /// <summary>The first colour the prompt names, if it names one.</summary>
    public Hsv? NamedColour => Spec.Colours.Count > 0 ? Tint(Spec.Colours[0]) : null;

    /// <summary>The first colour the prompt names, otherwise one of the design's own.</summary>
    public Hsv MainColour(params Hsv[] defaults) => NamedColour ?? Tint(Random.Pick(defaults));

    /// <summary>The second colour the prompt names, otherwise the design's choice.</summary>
    public Hsv SecondColour(Hsv fallback) => Tint(Spec.Colours.Count > 1 ? Spec.Colours[1] : fallback);

    /// <summary>What the prompt says the thing is made of ("golden", "wooden"), otherwise <paramref name="fallback"/>.</summary>
    public Ramp MaterialOr(Ramp fallback) => Spec.Material is { } material && Materials.TryGetValue(material, out var ramp) ? ramp : fallback;

    /// <summary>The colour the prompt gives a part ("red roof"), otherwise <paramref name="fallback"/>.</summary>
    public Hsv PartColour(string part, Hsv fallback) => Tint(Spec.PartColours.TryGetValue(part, out var named) ? named : fallback);

    public void Eyes(double x, double y, EyeStyle? style = null, Hsv? glow = null)
    {
        var chosen = style ?? Faces.EyesFor(Mood);
        var pattern = EyePattern(chosen);
        Canvas.StampPair(
            Canvas.PixelX(x) - (pattern[0].Length / 2),
            Canvas.PixelY(y) - (pattern.Count / 2),
            pattern,
            EyeInk(glow),
            Ink,
            mirrorPattern: chosen == EyeStyle.Angry);
    }

    /// <summary>One eye, for a head seen in profile (facing right); it blinks with the rest.</summary>
    public void Eye(double x, double y, EyeStyle? style = null, Hsv? glow = null)
    {
        var pattern = EyePattern(style ?? Faces.EyesFor(Mood));
        Canvas.Stamp(Canvas.PixelX(x) - (pattern[0].Length / 2), Canvas.PixelY(y) - (pattern.Count / 2), pattern, EyeInk(glow), Ink);
    }

    public void Mouth(double y, MouthStyle? style = null)
    {
        var pattern = Faces.Mouth(style ?? Faces.MouthFor(Mood), Grid);
        if (pattern.Count == 0)
        {
            return;
        }
        Canvas.Stamp((Grid - pattern[0].Length) / 2, Canvas.PixelY(y), pattern, InkMouthWhite, Ink);
    }

    public void Blush(double x, double y)
    {
        var pattern = Faces.Blush(Grid);
        if (pattern.Count == 0)
        {
            return;
        }
        Canvas.StampPair(Canvas.PixelX(x) - (pattern[0].Length / 2), Canvas.PixelY(y), pattern, _ => BlushPink, Ink, mirrorPattern: false);
    }

    /// <summary>The usual face for the mood: eyes, a mouth, and blush when it is cute.</summary>
    public void Face(double eyeX, double eyeY, double mouthY)
    {
        Eyes(eyeX, eyeY);
        Mouth(mouthY);
        if (Mood == SpriteMood.Cute)
        {
            Blush(eyeX - 1.5, eyeY + 2.5);
        }
    }

    private IReadOnlyList<string> EyePattern(EyeStyle style)
    {
        var pattern = Faces.Eye(style, Grid);
        return blinking ? Closed(pattern) : pattern;
    }

    private static Func<char, Rgba?> EyeInk(Hsv? glow)
    {
        var glowRamp = Ramp.From(glow ?? EvilGlow);
        return symbol => symbol switch
        {
            '#' => Ink[Tone.Base],
            'o' or 'w' => EyeWhite,
            'g' => glowRamp[Tone.Base],
            'G' => glowRamp[Tone.Highlight],
            _ => null,
        };
    }

    /// <summary>An eye pattern's bounds as one line of ink across its lower half: the lid, shut.</summary>
    private static IReadOnlyList<string> Closed(IReadOnlyList<string> open)
    {
        var width = open.Max(row => row.Length);
        var lid = Math.Min(open.Count - 1, (open.Count + 1) / 2);
        return [.. Enumerable.Range(0, open.Count).Select(row => row == lid ? new string('#', width) : new string('.', width))];
    }

    private static Rgba? InkMouthWhite(char symbol) => symbol switch
    {
        '#' => Ink[Tone.Base],
        'w' => EyeWhite,
        'r' => MouthInside,
        _ => null,
    };

    private Hsv Tint(Hsv colour) => Mood switch
    {
        SpriteMood.Cute => colour.With(saturation: colour.Saturation * 0.85, value: colour.Value + 0.06),
        SpriteMood.Evil => colour.ShiftHueTowards(300, 8).With(value: colour.Value * 0.8, saturation: colour.Saturation + 0.05),
        SpriteMood.Happy => colour.With(saturation: colour.Saturation + 0.06, value: colour.Value + 0.05),
        SpriteMood.Spooky => colour.ShiftHueTowards(200, 20).With(saturation: colour.Saturation * 0.6),
        _ => colour,
    };
}
