namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>
/// Which ramp paints which part of an item or weapon, from the spec: a colour the prompt gives the part ("red blade"),
/// then the prompt's main colour for the part that defines the thing, then the material, then the design's own default.
/// </summary>
internal static class ItemPaint
{
    /// <summary>The part that defines the thing (a potion's liquid, a sword's blade): part colour, main colour, material, default.</summary>
    public static Ramp Defining(SpriteSketch s, string part, Ramp fallback) =>
        s.Spec.PartColours.ContainsKey(part) ? Ramp.From(s.PartColour(part, fallback.Colour))
        : s.NamedColour is { } named ? Ramp.From(named)
        : s.MaterialOr(fallback);

    /// <summary>
    /// A defining part whose default is one of the design's colours, picked by seed. The pick is drawn whatever the
    /// prompt names, so naming a colour repaints the thing without reshuffling the rest of its seeded drawing.
    /// </summary>
    public static Ramp Defining(SpriteSketch s, string part, params Hsv[] defaults)
    {
        var picked = s.Random.Pick(defaults);
        if (s.Spec.PartColours.ContainsKey(part) || (s.NamedColour is null && s.Spec.Material is null))
            return Ramp.From(s.PartColour(part, picked));
        return s.NamedColour is { } named ? Ramp.From(named) : s.MaterialOr(Ramp.From(picked));
    }

    /// <summary>A secondary part: its own named colour, otherwise <paramref name="fallback"/>.</summary>
    public static Ramp Part(SpriteSketch s, string part, Ramp fallback) =>
        s.Spec.PartColours.ContainsKey(part) ? Ramp.From(s.PartColour(part, fallback.Colour)) : fallback;

    /// <summary>A secondary part the material also makes (a wooden shield's rim, a golden sword's hilt).</summary>
    public static Ramp PartOrMaterial(SpriteSketch s, string part, Ramp fallback) => Part(s, part, s.MaterialOr(fallback));

    /// <summary>A soft halo behind the thing when the prompt says it glows.</summary>
    public static void GlowBehind(SpriteSketch s, IShape halo, Ramp colour)
    {
        if (s.Spec.Has("glow"))
            s.Canvas.Fill(halo, Ramp.From(colour.Colour.With(saturation: colour.Colour.Saturation * 0.55, value: 1)), Shading.Flat(Tone.Light));
    }
}
