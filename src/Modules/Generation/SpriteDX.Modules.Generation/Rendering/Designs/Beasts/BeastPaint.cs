namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

/// <summary>
/// The ramps one beast is painted with. <see cref="Fur"/> is the prompt's main colour (or the "body" part colour, or the
/// material); <see cref="Far"/> is the same fur in shade, for the legs, ears and wing on the far side of a profile.
/// </summary>
internal sealed record BeastPaint(Ramp Fur, Ramp Far, Ramp Light, Ramp Accent, Ramp Feet)
{
    public static readonly Ramp Hoof = Ramp.From(new Hsv(20, 0.35, 0.3));
    public static readonly Ramp Nose = Ramp.From(new Hsv(250, 0.3, 0.2));
    public static readonly Ramp Pink = Ramp.From(new Hsv(350, 0.38, 0.96));
    public static readonly Ramp Ivory = Ramp.From(new Hsv(45, 0.12, 0.96));
    public static readonly Ramp Dark = Ramp.From(new Hsv(250, 0.25, 0.2));

    /// <summary>Ramps on the head are the fur's unless a plan gives the head its own (sheep, griffin, panda).</summary>
    public Ramp Head { get; init; } = Fur;

    /// <summary>The fur colour the prompt asks for, otherwise one of <paramref name="defaults"/>.</summary>
    public static Hsv Colour(SpriteSketch s, params Hsv[] defaults) =>
        s.Spec.PartColours.ContainsKey("body") ? s.PartColour("body", defaults[0]) : s.MainColour(defaults);

    /// <param name="light">Belly, muzzle and chest: the prompt's second colour when it names one.</param>
    /// <param name="accent">Mane, markings, tail tip: the "mane" part colour when the prompt names one.</param>
    public static BeastPaint For(SpriteSketch s, Hsv fur, Hsv light, Hsv accent, Ramp? feet = null)
    {
        var furRamp = s.MaterialOr(Ramp.From(fur));
        var accentRamp = s.Spec.Has("fire") ? SpriteSketch.Flame : Ramp.From(s.PartColour("mane", accent));
        return new BeastPaint(furRamp, Shaded(furRamp), Ramp.From(s.SecondColour(light)), accentRamp, feet ?? furRamp);
    }

    /// <summary>The same colour a step darker and cooler: what is on the far side of the body.</summary>
    public static Ramp Shaded(Ramp ramp) => Ramp.From(ramp.Colour.ShiftHueTowards(245, 8).With(value: ramp.Colour.Value * 0.74));

    /// <summary>The colour a part named in the prompt asks for ("blue wings"), or the fallback.</summary>
    public static Ramp Part(SpriteSketch s, string part, Hsv fallback) => Ramp.From(s.PartColour(part, fallback));

    /// <summary>Eye style and glow colour: glowing when the prompt says so, coloured when it names the eyes.</summary>
    public static (EyeStyle? Style, Hsv? Glow) Eyes(SpriteSketch s)
    {
        if (s.Spec.Has("glow"))
            return (EyeStyle.Glow, s.PartColour("eyes", new Hsv(185, 0.75, 1)));
        if (s.Spec.PartColours.ContainsKey("eyes"))
            return (s.Mood == SpriteMood.Evil ? EyeStyle.Angry : EyeStyle.Slit, s.PartColour("eyes", default));
        return (null, null);
    }
}
