using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>
/// Everything that is a head on a stick, drawn upright and laid on the diagonal: one haft (shaft, grip, butt cap) and a
/// head per kind. Heads sit at different heights and the hafts have different lengths and thicknesses, so at 32 px a
/// spear, a trident and a halberd keep silhouettes of their own. Local x &lt; 0 is the lit, top-left side.
/// </summary>
internal static class Hafted
{
    private static readonly Shading Lit = Shading.Split(0, TiltExtensions.CentreY, -1, -1);

    public static void Spear(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var head = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        var width = r.Range(2.6, 3.4);
        Haft(s, butt: 20, top: -11, radius: 0.8, SpriteSketch.Wood);
        c.Fill(On(new Polygon((0, -21), (width, -15), (1.2, -11), (-1.2, -11), (-width, -15))), head, Lit, separate: true);
        c.Fill(On(new Box(-1.6, -11.5, 1.6, -9.8)), SpriteSketch.Leather, Shading.Bevel, separate: true);
        if (r.Chance(0.6))
            c.Fill(On(new Polygon((1, -10), (4.5, -5), (1, -7.5))), Ramp.From(s.SecondColour(new Hsv(4, 0.78, 0.85))), Shading.Bevel);
    }

    public static void Trident(SpriteSketch s)
    {
        var c = s.Canvas;
        var metal = ItemPaint.Defining(s, "blade", SpriteSketch.Gold.Colour, SpriteSketch.Steel.Colour);
        Haft(s, butt: 20, top: -6, radius: 0.9, ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Wood));
        var prongs = new Union(
            new Capsule(-5, -6, 5, -6, 1.1),
            new Capsule(0, -6, 0, -18, 0.9),
            new Capsule(-5, -6, -5, -14.5, 0.9),
            new Capsule(5, -6, 5, -14.5, 0.9),
            new Polygon((0, -21), (1.9, -17), (-1.9, -17)),
            new Polygon((-5, -17.5), (-3.4, -14), (-6.6, -14)),
            new Polygon((5, -17.5), (6.6, -14), (3.4, -14)));
        c.Fill(On(prongs), metal, Shading.Bevel, separate: true);
    }

    public static void Halberd(SpriteSketch s)
    {
        var c = s.Canvas;
        var metal = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        Haft(s, butt: 20, top: -9, radius: 0.85, ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Wood));
        c.Fill(On(new Polygon((0, -20.5), (1.4, -13), (-1.4, -13))), metal, Lit, separate: true);
        var blade = new Polygon((-1, -11.5), (-3.5, -12), (-8, -14.5), (-9, -9.5), (-8, -4.5), (-3.5, -7), (-1, -7.5));
        c.Fill(On(blade), metal, Shading.Sphere, separate: true);
        c.Fill(On(new Capsule(-8.4, -13.5, -8.6, -5.5, 0.45)), metal, Shading.Flat(Tone.Highlight));
        c.Fill(On(new Polygon((1, -11), (6.5, -12.5), (3.5, -9), (1, -8))), metal, Shading.Bevel, separate: true);
    }

    public static void Axe(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        var handle = ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Wood);
        var battle = s.Spec.Variant == "battle";
        const double Drop = 3.5;
        IShape Low(IShape upright) => On(upright.Offset(0, Drop));
        Haft(s, butt: (battle ? 19 : 17) - Drop, top: (battle ? -17 : -13) + Drop, radius: battle ? 1.1 : 1.2, handle);
        var reach = battle ? 9.5 : r.Range(9.5, 10.5);
        var blade = new Polygon((-1, -14), (-4.5, -14.5), (-reach + 1, -19), (-reach, -13), (-reach + 0.6, -7), (-4.5, -9), (-1, -9.5));
        IShape head = battle ? new Union(blade, new Mirrored(blade)) : blade.Or(new Polygon((1, -13.5), (3.5, -12.8), (3.5, -10.5), (1, -10)));
        c.Fill(Low(head.Offset(0, battle ? -1 : 0)), metal, Shading.Sphere, separate: true);
        c.Fill(Low(new Box(-1.8, battle ? -16 : -14.5, 1.8, battle ? -9.5 : -9)), metal, Shading.Bevel, separate: true);
        var glint = new Capsule(-reach + 1.4, -16, -reach + 0.9, -9.5, 0.45);
        c.Fill(Low(battle ? glint.Or(new Mirrored(glint)) : glint), SpriteSketch.Steel, Shading.Flat(Tone.Highlight));
    }

    public static void Hammer(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "head", SpriteSketch.Steel);
        Haft(s, butt: 18, top: -9, radius: 1.1, ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Wood));
        var half = r.Range(7, 8.5);
        c.Fill(On(new Box(-half, -15.5, half, -8)), metal, Shading.Bevel, separate: true);
        c.Fill(On(new Box(-half - 1, -16, -half + 1.2, -7.5).Or(new Box(half - 1.2, -16, half + 1, -7.5))), metal, Shading.Bevel, separate: true);
        c.Fill(On(new Box(-1.7, -9, 1.7, -6.5)), SpriteSketch.Leather, Shading.Bevel, separate: true);
    }

    public static void Mace(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "head", SpriteSketch.Steel);
        Haft(s, butt: 16, top: -6, radius: 1.1, ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Leather));
        var radius = r.Range(4.8, 5.6);
        var spiked = s.Spec.Has("spikes") || r.Chance(0.5);
        IShape ball = Ellipse.Circle(0, -11, radius);
        if (spiked)
        {
            ball = ball.Or(
                new Polygon((-1.4, -11 - radius + 0.5), (0, -11 - radius - 3), (1.4, -11 - radius + 0.5)),
                new Polygon((-radius + 0.5, -12.4), (-radius - 3, -11), (-radius + 0.5, -9.6)),
                new Polygon((radius - 0.5, -12.4), (radius + 3, -11), (radius - 0.5, -9.6)),
                new Polygon((-radius + 1, -15.6), (-radius - 1.2, -17.2), (-radius + 2.6, -17)),
                new Polygon((radius - 1, -15.6), (radius + 1.2, -17.2), (radius - 2.6, -17)));
        }
        else
        {
            ball = ball.Or(new Box(-radius - 1.2, -12, radius + 1.2, -10), new Box(-1, -11 - radius - 1.2, 1, -11 + radius));
        }
        c.Fill(On(ball), metal, Shading.Sphere, separate: true);
        c.Fill(On(new Box(-1.8, -6.2, 1.8, -4.8)), SpriteSketch.Gold, Shading.Bevel, separate: true);
    }

    public static void Club(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var fat = r.Range(4.6, 5.6);
        var club = new Union(new Polygon((-1.6, 17), (-fat, -8), (fat, -8), (1.6, 17)), new Ellipse(0, -9, fat, fat * 1.2), Ellipse.Circle(0, 17, 1.9));
        c.Fill(On(club), wood, Shading.Split(0, TiltExtensions.CentreY, -1, -1));
        c.Fill(On(new Ellipse(-fat * 0.35, -3, 1, 1.5).Or(new Ellipse(fat * 0.3, -11, 1.1, 1.6))), wood, Shading.Flat(Tone.Shadow));
        c.Fill(On(new Box(-2, 10, 2, 15)), SpriteSketch.Leather, Shading.Bevel, separate: true);
        if (s.Spec.Has("spikes"))
        {
            var spikes = new[] { (-fat, -9.0, -1.0, 0.0), (fat, -9.0, 1.0, 0.0), (-fat + 0.8, -1.0, -1.0, 0.0), (fat - 0.8, -2.5, 1.0, 0.0), (0.0, -9.0 - (fat * 1.2), 0.0, -1.0) };
            foreach (var (x, y, dx, dy) in spikes)
                c.Fill(On(new Polygon((x + dy, y - dx), (x + (2.6 * dx), y + (2.6 * dy)), (x - dy, y + dx))), SpriteSketch.Steel, Shading.Flat(Tone.Light));
        }
    }

    public static void Scythe(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var blade = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        var wood = ItemPaint.PartOrMaterial(s, "handle", Ramp.From(new Hsv(24, 0.45, 0.38)));
        var x = r.Range(4.5, 6);
        c.Fill(new Capsule(x, 3.5, x - 2.5, 30, 1), wood, Shading.Cylinder);
        c.Fill(new Capsule(x - 1.2, 17, x + 3, 18, 0.9), wood, Shading.Bevel, separate: true);
        var crescent = new Ellipse(x - 9, 12, 12.5, 9).Minus(new Ellipse(x - 10.5, 14.5, 12, 8.5)).Within(new Box(-15, 2, x, 16));
        c.Fill(crescent, blade, Shading.Sphere, separate: true);
        c.Fill(new Box(x - 1.8, 2.5, x + 1.5, 5.5), SpriteSketch.Steel, Shading.Bevel, separate: true);
    }

    /// <summary>A shaft from its butt to its top in the upright frame, with a cap on the butt.</summary>
    public static void Haft(SpriteSketch s, double butt, double top, double radius, Ramp wood)
    {
        s.Canvas.Fill(On(new Capsule(0, butt, 0, top, radius)), wood, DiagonalShading.Rod);
        s.Canvas.Fill(On(Ellipse.Circle(0, butt - 0.6, radius + 0.6)), SpriteSketch.Steel, Shading.Sphere, separate: true);
    }

    public static IShape On(IShape upright) => upright.OnDiagonal();
}
