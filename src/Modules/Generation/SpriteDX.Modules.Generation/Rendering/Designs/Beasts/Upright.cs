namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

/// <summary>
/// Beasts that read best face on, sitting or standing like the cat: a round head with ears and a muzzle over a pear-shaped
/// body with arms and feet. Bear, panda, monkey and yeti share <see cref="Sitter"/>; the frog is squat enough for its own.
/// </summary>
internal static class Upright
{
    private static readonly Ramp White = Ramp.From(new Hsv(40, 0.04, 0.98));
    private static readonly Ramp Bamboo = Ramp.From(new Hsv(95, 0.6, 0.7));

    public static void Bear(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(24, 0.6, 0.5), new Hsv(28, 0.55, 0.42), new Hsv(20, 0.5, 0.62));
        var paint = BeastPaint.For(s, fur, fur.ShiftHueTowards(50, 10).With(saturation: fur.Saturation * 0.6, value: fur.Value + 0.25), fur);
        var plan = new Sitter(HeadY: 11 + r.Range(-0.5, 0.5), HeadRx: 7.2, HeadRy: 6.2, BodyRx: 8.4 + r.Range(-0.4, 0.4), BodyRy: 7.5, EarX: 5.6, EarR: 2.5);
        plan.Draw(s, paint, paint.Fur, paint.Fur);
        Muzzle(s, plan, paint.Light);
    }

    public static void Panda(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(40, 0.04, 0.98));
        var patch = Ramp.From(s.SecondColour(new Hsv(250, 0.15, 0.18)));
        var paint = BeastPaint.For(s, fur, fur, fur);
        var plan = new Sitter(HeadY: 11, HeadRx: 7.6 + r.Range(-0.3, 0.3), HeadRy: 6.4, BodyRx: 8.2, BodyRy: 7.6, EarX: 5.8, EarR: 2.5);
        // Bamboo first, so the paw closes over it.
        s.Canvas.Fill(new Capsule(10.5, 29, 7.5, 12, 0.9), Bamboo, Shading.Cylinder);
        s.Canvas.Fill(new Polygon((8.2, 15), (11.5, 12.5), (12.5, 14)), Bamboo, Shading.Flat(Tone.Light));
        plan.Draw(s, paint, patch, patch);
        s.Canvas.FillCentred(new Box(-9, 17.2, 9, 19.5).Within(new Ellipse(0, 24, plan.BodyRx, plan.BodyRy)), patch, Shading.Flat(Tone.Base));
        s.Canvas.FillPair(new Ellipse(-3.2, plan.HeadY + 0.4, 2.2, 2.6), patch, Shading.Sphere);
        Muzzle(s, plan, White);
    }

    public static void Monkey(SpriteSketch s)
    {
        var r = s.Random;
        var c = s.Canvas;
        var fur = BeastPaint.Colour(s, new Hsv(24, 0.6, 0.5), new Hsv(30, 0.55, 0.6), new Hsv(20, 0.4, 0.4));
        var face = Ramp.From(s.SecondColour(new Hsv(28, 0.35, 0.96)));
        var paint = BeastPaint.For(s, fur, face.Colour, fur);
        var plan = new Sitter(HeadY: 11.5, HeadRx: 6 + r.Range(-0.3, 0.3), HeadRy: 5.6, BodyRx: 6, BodyRy: 6.5, EarX: 0, EarR: 0);
        // A long tail curling up beside the body: the monkey's signature, and what sets it apart from the bear.
        c.Fill(new Union(new Capsule(4, 27, 11, 26, 0.9), new Capsule(11, 26, 13, 20, 0.9), new Capsule(13, 20, 11, 16.5, 0.9)), paint.Fur, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-6.8, 12, 2.6), paint.Fur, Shading.Sphere);
        c.FillPair(Ellipse.Circle(-6.8, 12, 1.4), face, Shading.Flat(Tone.Shadow));
        plan.Draw(s, paint, paint.Fur, paint.Fur, armLength: 9.5);
        c.FillCentred(new Union(Ellipse.Circle(-2.2, 11.2, 2.6), Ellipse.Circle(2.2, 11.2, 2.6), new Ellipse(0, 14.4, 3.6, 2.6)), face, Shading.Sphere);
        c.FillCentred(new Polygon((-1.2, 6.2), (1.2, 6.2), (0.3, 4.6)), paint.Fur, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eyes(-2.2, 11.4, style, glow);
        s.Canvas.StampPair(c.PixelX(-0.8), c.PixelY(13.4), ["#"], _ => SpriteSketch.Ink[Tone.Base], SpriteSketch.Ink, mirrorPattern: false);
        s.Mouth(15.2);
    }

    public static void Yeti(SpriteSketch s)
    {
        var r = s.Random;
        var c = s.Canvas;
        var fur = BeastPaint.Colour(s, new Hsv(200, 0.05, 0.97), new Hsv(40, 0.06, 0.95));
        var paint = BeastPaint.For(s, fur, fur, fur);
        var face = Ramp.From(s.SecondColour(new Hsv(205, 0.25, 0.7)));
        var width = 9 + r.Range(-0.5, 0.5);
        // Standing tall with shaggy long arms and a fringe of fur: a yeti is the biggest, shaggiest thing here.
        c.FillPair(new Box(-6, 24, -2, 28.5), paint.Far, Shading.Cylinder);
        c.FillPair(new Ellipse(-4.5, 29, 3.6, 1.4), face, Shading.Sphere, separate: true);
        var fringe = new List<(double, double)> { (-width + 1, 16) };
        for (var i = 0; i <= 6; i++)
            fringe.Add((-width + 1 + (i * (width - 1) / 3), i % 2 == 0 ? 25 : 23.2));
        fringe.Add((width - 1, 16));
        c.FillCentred(new Union(new Ellipse(0, 16.5, width - 1, 7.5), new Polygon([.. fringe])), paint.Fur, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 18, width * 0.5, 4.5), face, Shading.Flat(Tone.Light));
        c.FillPair(new Union(new Capsule(-width + 1.5, 12.5, -width - 1.5, 22, 2.3), Ellipse.Circle(-width - 1.6, 23.5, 2.1)), paint.Fur, Shading.Cylinder, separate: true);
        c.FillPair(new Ellipse(-width - 1.6, 25, 1.5, 1.1), face, Shading.Sphere);
        if (s.Spec.Has("horns"))
            c.FillPair(new Union(new Capsule(-4.5, 6, -7.5, 4, 0.8), new Capsule(-7.5, 4, -7.8, 1.5, 0.6)), SpriteSketch.Bone, Shading.Cylinder);
        var head = new Union(new Ellipse(0, 8.5, 6.4, 5.6), new Polygon((-2.5, 3.5), (0, 1), (2.5, 3.5)));
        c.FillCentred(head, paint.Fur, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 9.8, 4.8, 3.8), face, Shading.Sphere);
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eyes(-2, 9, style, glow);
        s.Mouth(11.6, s.Mood == SpriteMood.Neutral ? MouthStyle.Fangs : null);
    }

    public static void Frog(SpriteSketch s)
    {
        var r = s.Random;
        var c = s.Canvas;
        var colour = BeastPaint.Colour(s, new Hsv(105, 0.62, 0.72), new Hsv(88, 0.6, 0.7), new Hsv(140, 0.55, 0.6));
        var skin = s.MaterialOr(Ramp.From(colour));
        var belly = Ramp.From(s.SecondColour(colour.ShiftHueTowards(55, 45).With(saturation: 0.4, value: 0.95)));
        var width = 10 + r.Range(-0.5, 0.5);
        c.FillPair(new Ellipse(-width + 0.5, 25.5, 4.2, 3.4), skin, Shading.Sphere);
        c.FillPair(new Ellipse(-width - 0.8, 29.2, 3.2, 1.2), skin, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 21.5, width, 7), skin, Shading.Sphere, separate: true);
        c.FillCentred(new Ellipse(0, 24.5, width * 0.6, 4), belly, Shading.Sphere);
        if (r.Chance(0.5))
            c.FillPair(Ellipse.Circle(-width * 0.55, 19, 1.1), skin, Shading.Flat(Tone.Shadow));
        c.FillPair(new Capsule(-4.5, 24, -5.2, 28.6, 1.2), skin, Shading.Cylinder, separate: true);
        c.FillPair(new Ellipse(-5.6, 29.2, 2.2, 1), skin, Shading.Sphere);
        c.FillPair(Ellipse.Circle(-5.2, 14, 3.4), skin, Shading.Sphere, separate: true);
        c.FillPair(Ellipse.Circle(-5.2, 14.2, 2.2), White, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eyes(-5.2, 14.4, style, glow);
        var smile = new Difference(new Ellipse(0, 17.5, 6.5, 3.2), new Ellipse(0, 16.9, 6.5, 3.2));
        c.FillCentred(smile, SpriteSketch.Ink, Shading.Flat(Tone.Base));
        if (s.Mood == SpriteMood.Cute)
            s.Blush(-7, 18.5);
        if (s.Spec.Has("crown"))
            c.FillCentred(new Polygon((-3, 14), (3, 14), (3, 10.5), (1.5, 12), (0, 10), (-1.5, 12), (-3, 10.5)), SpriteSketch.Gold, Shading.Bevel);
    }

    /// <summary>A muzzle with a nose and the mood's mouth, under the eyes.</summary>
    private static void Muzzle(SpriteSketch s, Sitter plan, Ramp light)
    {
        var c = s.Canvas;
        var y = plan.HeadY + 3;
        c.FillCentred(new Ellipse(0, y, 3.4, 2.4), light, Shading.Sphere);
        c.FillCentred(new Ellipse(0, y - 1.1, 1.4, 0.8), BeastPaint.Nose, Shading.Flat(Tone.Base));
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eyes(-3.2, plan.HeadY - 0.2, style, glow);
        s.Mouth(y + 0.2, s.Mood == SpriteMood.Neutral ? MouthStyle.None : null);
        if (s.Mood == SpriteMood.Cute)
            s.Blush(-5, plan.HeadY + 2.2);
    }

    /// <summary>Sitting face on: feet, a pear body with a lighter belly, arms at the sides, round ears and a wide head.</summary>
    private sealed record Sitter(double HeadY, double HeadRx, double HeadRy, double BodyRx, double BodyRy, double EarX, double EarR)
    {
        public void Draw(SpriteSketch s, BeastPaint paint, Ramp limbs, Ramp ears, double armLength = 7)
        {
            var c = s.Canvas;
            var bodyY = 30 - BodyRy + 0.5;
            c.FillPair(new Ellipse(-BodyRx * 0.55, 28.6, 3, 2), limbs, Shading.Sphere);
            c.FillCentred(new Ellipse(0, bodyY, BodyRx, BodyRy), paint.Fur, Shading.Sphere, separate: true);
            c.FillCentred(new Ellipse(0, bodyY + 1, BodyRx * 0.55, BodyRy * 0.65), paint.Light, Shading.Sphere);
            c.FillPair(new Ellipse(-BodyRx * 0.55, 28.8, 2.6, 1.6), limbs, Shading.Sphere, separate: true);
            var shoulder = bodyY - (BodyRy * 0.55);
            c.FillPair(new Capsule(-BodyRx + 1.2, shoulder, -BodyRx + 0.6, shoulder + armLength, 2), limbs, Shading.Cylinder, separate: true);
            if (EarR > 0)
            {
                c.FillPair(Ellipse.Circle(-EarX, HeadY - HeadRy + 0.8, EarR), ears, Shading.Sphere);
                c.FillPair(Ellipse.Circle(-EarX, HeadY - HeadRy + 1, EarR * 0.45), paint.Light, Shading.Flat(Tone.Shadow));
            }
            c.FillCentred(new Ellipse(0, HeadY, HeadRx, HeadRy), paint.Fur, Shading.Sphere, separate: true);
        }
    }
}
