namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>
/// Chibi characters: every role in <see cref="Roles"/> is drawn by the humanoid plan; the snowman, which has no body
/// to dress, borrows the plan's top hat and scarf.
/// </summary>
internal static class CharacterDesigns
{
    private static readonly Ramp Snow = Ramp.From(new Hsv(205, 0.06, 0.98));
    private static readonly Ramp Carrot = Ramp.From(new Hsv(24, 0.85, 0.95));
    private static readonly Ramp Coal = Ramp.From(new Hsv(240, 0.2, 0.2));

    public static IReadOnlyDictionary<string, Design> Subjects { get; } = Build();

    private static Dictionary<string, Design> Build()
    {
        var subjects = Roles.BySubject.ToDictionary(row => row.Key, row => new Design(s => Humanoid.Draw(s, row.Value), Animation.Idle));
        subjects["snowman"] = new(Snowman, Animation.Idle);
        return subjects;
    }

    public static void Snowman(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var hat = Ramp.From(s.PartColour("hat", new Hsv(250, 0.25, 0.2)));
        var scarf = Ramp.From(s.PartColour("scarf", s.MainColour(new Hsv(2, 0.72, 0.8), new Hsv(140, 0.5, 0.55), new Hsv(215, 0.6, 0.7))));
        var lean = r.Range(-0.6, 0.6);

        c.FillPair(new Union(new Capsule(-5, 17.5, -12.5, 12 + lean, 0.55), new Capsule(-10.5, 13.4 + lean, -12.4, 10 + lean, 0.5)), SpriteSketch.Wood, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 25, 8.4, 6), Snow, Shading.Sphere);
        c.FillCentred(new Ellipse(0, 17, 6.2, 4.6), Snow, Shading.Sphere, separate: true);
        foreach (var y in new[] { 15.6, 18.4, 23.4, 26.4 })
            c.FillCentred(Ellipse.Circle(0, y, 0.8), Coal, Shading.Flat(Tone.Base));
        var head = new Body(9.6, 5, 4.6, 16, 24, 5, 1.5, 30.4);
        c.FillCentred(new Ellipse(0, head.HeadY, head.HeadRx, head.HeadRy), Snow, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-5, 12.6, 5, 14.2), scarf, Shading.Bevel, separate: true);
        c.Fill(new Box(2, 13.4, 3.8, 18.6), scarf, Shading.Bevel, separate: true);
        Headgears.Draw(c, r, s.Spec.Has("crown") ? Headgear.Crown : Headgear.TopHat, head, hat, Ramp.From(new Hsv(0, 0.7, 0.7)), SpriteSketch.Gold);
        s.Eyes(-1.8, 9.2, s.Mood == SpriteMood.Neutral ? EyeStyle.Round : null);
        c.Fill(new Polygon((-0.4, 10.4), (-0.4, 11.8), (4.6, 11.4)), Carrot, Shading.Flat(Tone.Base));
        if (s.Mood != SpriteMood.Neutral)
            s.Mouth(12, s.Mood is SpriteMood.Cute ? MouthStyle.Smile : null);
    }
}
