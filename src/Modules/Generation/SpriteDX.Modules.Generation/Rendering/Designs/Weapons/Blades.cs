using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>
/// Swords, daggers and katanas share one plan drawn upright and laid on the diagonal: a blade, a guard, a grip and a
/// pommel; each kind is its proportions and the shape of its guard.
/// </summary>
internal static class Blades
{
    private enum Guard
    {
        Cross,
        Swept,
        Disc,
        Cup,
    }

    /// <param name="Curve">How far the tip bends towards the back, as a katana's does.</param>
    private sealed record Plan(double Length, double HalfWidth, double Tip, Guard Guard, double GuardHalfWidth, double Grip, double Pommel, double Curve = 0);

    public static void Sword(SpriteSketch s)
    {
        var r = s.Random;
        var plan = s.Spec.Variant switch
        {
            "broadsword" => new Plan(r.Range(21, 24), r.Range(3, 3.4), 4.5, Guard.Cross, r.Range(6.5, 7.5), 6.5, 2.1),
            "rapier" => new Plan(r.Range(25, 27), 0.9, 2, Guard.Cup, 2.6, 5.5, 1.6),
            _ => new Plan(r.Range(20, 24), r.Range(1.6, 2.6), r.Range(3.5, 4.5), r.Chance(0.5) ? Guard.Cross : Guard.Swept, r.Range(5, 7), 5.5, 1.9),
        };
        Draw(s, plan, SpriteSketch.Steel, r.Chance(0.6) ? SpriteSketch.Gold : SpriteSketch.Steel);
    }

    public static void Dagger(SpriteSketch s)
    {
        var r = s.Random;
        Draw(s, new Plan(r.Range(11.5, 13.5), r.Range(2.2, 2.8), r.Range(4, 5.5), r.Chance(0.6) ? Guard.Swept : Guard.Cross, r.Range(4.2, 5.2), 5.5, 1.7), SpriteSketch.Steel, r.Chance(0.5) ? SpriteSketch.Gold : SpriteSketch.Steel);
    }

    public static void Katana(SpriteSketch s)
    {
        var r = s.Random;
        Draw(s, new Plan(r.Range(24, 26), 1.25, 2.2, Guard.Disc, 2.8, r.Range(8.5, 9.5), 0.9, Curve: r.Range(1.6, 2.4)), SpriteSketch.Silver, Ramp.From(new Hsv(40, 0.5, 0.55)));
    }

    /// <summary>Tongues of fire licking up both edges of a blade from its guard to its tip, drawn behind it.</summary>
    public static void Flames(PixelCanvas c, double length, double halfWidth, Func<IShape, IShape> place)
    {
        var tongues = new List<IShape>();
        for (var y = -2.0; y > -length + 1; y -= 3.6)
        {
            tongues.Add(new Polygon((-halfWidth - 2.4, y + 1.5), (0, y - 4.5), (halfWidth + 2.4, y + 1.5)));
        }
        c.Fill(place(new Union([.. tongues])), SpriteSketch.Flame, Shading.Bevel);
    }

    private static void Draw(SpriteSketch s, Plan plan, Ramp defaultBlade, Ramp defaultHilt)
    {
        var c = s.Canvas;
        var blade = ItemPaint.Defining(s, "blade", defaultBlade);
        var hilt = ItemPaint.Part(s, "hilt", s.Spec.Colours.Count > 1 ? Ramp.From(s.SecondColour(defaultHilt.Colour)) : defaultHilt);
        var grip = ItemPaint.Part(s, "handle", plan.Guard == Guard.Disc ? Ramp.From(new Hsv(230, 0.35, 0.3)) : SpriteSketch.Leather);
        var (top, bottom) = (-plan.Length, plan.Grip + (plan.Pommel * 1.8));
        var shift = -(top + bottom) / 2;
        IShape Place(IShape upright) => upright.Offset(0, shift).OnDiagonal();

        var edge = new List<(double, double)>();
        var back = new List<(double, double)>();
        const int Steps = 6;
        for (var i = 0; i <= Steps; i++)
        {
            var y = -(plan.Length - plan.Tip) * i / Steps;
            var bend = plan.Curve * (i / (double)Steps) * (i / (double)Steps);
            edge.Add((plan.HalfWidth + bend, y));
            back.Add((-plan.HalfWidth + bend, y));
        }
        var bladeShape = new Polygon([.. back, (plan.Curve + (plan.Curve > 0 ? plan.HalfWidth : 0), -plan.Length), .. Enumerable.Reverse(edge)]);
        ItemPaint.GlowBehind(s, Place(new Capsule(0, 0, 0, -plan.Length + 1, plan.HalfWidth + 3)), blade);
        if (s.Spec.Has("fire"))
            Flames(c, plan.Length, plan.HalfWidth, Place);
        c.Fill(Place(bladeShape), blade, Shading.Split(0, TiltExtensions.CentreY, -1, -1));
        if (plan.HalfWidth >= 1.5 && plan.Curve == 0)
            c.Fill(Place(new Capsule(0, -2, 0, -plan.Length + plan.Tip + 1, 0.3)), blade, Shading.Flat(Tone.Base));
        c.Fill(Place(new Box(-1.1, 0.5, 1.1, plan.Grip)), grip, DiagonalShading.Rod);
        if (plan.Guard == Guard.Disc)
        {
            for (var y = 2.5; y < plan.Grip - 1; y += 2.2)
                c.Fill(Place(new Box(-1.1, y, 1.1, y + 0.6)), grip, Shading.Flat(Tone.Light));
        }
        IShape guard = plan.Guard switch
        {
            Guard.Cross => new Capsule(-plan.GuardHalfWidth, 0.4, plan.GuardHalfWidth, 0.4, 1.3),
            Guard.Swept => new Union(new Capsule(-plan.GuardHalfWidth, -1.5, 0, 0.6, 1.1), new Capsule(plan.GuardHalfWidth, -1.5, 0, 0.6, 1.1)),
            Guard.Disc => new Ellipse(0, 0.3, plan.GuardHalfWidth, 1.1),
            _ => new Union(new Ellipse(0, 0, plan.GuardHalfWidth, 1.6), new Ellipse(-plan.GuardHalfWidth, plan.Grip / 2, 0.9, (plan.Grip / 2) + 0.8).Minus(new Ellipse(-plan.GuardHalfWidth + 0.9, plan.Grip / 2, 0.9, plan.Grip / 2))),
        };
        c.Fill(Place(guard), hilt, Shading.Sphere, separate: true);
        if (plan.Pommel > 1)
            c.Fill(Place(Ellipse.Circle(0, plan.Grip + (plan.Pommel * 0.8), plan.Pommel)), hilt, Shading.Sphere, separate: true);
        if ((plan.Guard == Guard.Cross && s.Random.Chance(0.5)) || s.Spec.PartColours.ContainsKey("gem"))
        {
            var (gx, gy) = Tilted.Place(0, 0.4 + shift, 0, TiltExtensions.CentreY);
            Ornaments.SetGem(c, gx, gy, 1.2, Ornaments.GemColour(s, new Hsv(s.Random.Pick([350.0, 210, 140]), 0.75, 0.9)));
        }
    }
}
