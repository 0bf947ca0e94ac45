using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>Bows, thrown and slung things: each drawn in the pose its icon is known by (a bow upright, a crossbow pointing up).</summary>
internal static class Ranged
{
    private static readonly Ramp String = Ramp.From(new Hsv(40, 0.1, 0.92));

    public static void Bow(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var depth = r.Range(8.5, 10.5);
        const double StringX = 5;
        c.Fill(new Capsule(StringX, 3, StringX, 29, 0.4), String, Shading.Flat(Tone.Base));
        if (r.Chance(0.6))
            Arrow(c, -13, 16, StringX + 2.5, 16, Ramp.From(s.SecondColour(new Hsv(2, 0.75, 0.85))));
        var limb = new Ellipse(StringX, 16, depth, 14).Minus(new Ellipse(StringX + 0.6, 16, depth - 1.9, 12.8)).Within(new Box(-16, 0, StringX, 32));
        c.Fill(limb, wood, Shading.Sphere, separate: true);
        c.Fill(new Box(StringX - depth - 0.6, 13.5, StringX - depth + 2.2, 18.5), SpriteSketch.Leather, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(StringX, 2.8, 1).Or(Ellipse.Circle(StringX, 29.2, 1)), wood, Shading.Sphere);
    }

    public static void Crossbow(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var span = r.Range(12, 13.5);
        c.FillCentred(new Capsule(-span + 0.5, 12, 0, 18, 0.35).Or(new Capsule(span - 0.5, 12, 0, 18, 0.35)), String, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-1.8, 7, 1.8, 29).Or(new Polygon((-1.8, 23), (-3.2, 29.5), (3.2, 29.5), (1.8, 23))), wood, Shading.Cylinder);
        var limbs = new Ellipse(0, 14, span, 7).Minus(new Ellipse(0, 15.8, span - 1.2, 6.4)).Within(new Box(-16, 0, 16, 13.5));
        c.FillCentred(limbs, SpriteSketch.Steel, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-0.6, 3, 0.6, 18), String, Shading.Cylinder);
        c.FillCentred(new Polygon((0, 1.5), (2, 5.5), (-2, 5.5)), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Box(1.8, 20, 3.6, 21.5).Or(new Box(2.6, 21, 3.6, 24)), SpriteSketch.Steel, Shading.Bevel);
    }

    public static void Slingshot(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var band = Ramp.From(s.SecondColour(new Hsv(r.Pick([2.0, 28, 200]), 0.7, 0.8)));
        var spread = r.Range(6.5, 8);
        c.FillCentred(new Capsule(0, 29, 0, 19, 2.1), wood, Shading.Cylinder);
        c.FillPair(new Capsule(0, 20, -spread, 8, 1.8), wood, Shading.Cylinder);
        c.FillPair(Ellipse.Circle(-spread, 7.5, 2.1), wood, Shading.Sphere);
        c.FillPair(new Capsule(-spread, 8, -2, 14, 0.5), band, Shading.Flat(Tone.Base));
        c.FillCentred(new Ellipse(0, 14.5, 2.8, 2), SpriteSketch.Leather, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-2.4, 23, 2.4, 27), SpriteSketch.Leather, Shading.Bevel, separate: true);
    }

    public static void ArrowDesign(SpriteSketch s)
    {
        var c = s.Canvas;
        var fletching = ItemPaint.Defining(s, "fletching", new Hsv(2, 0.75, 0.85), new Hsv(130, 0.55, 0.6), new Hsv(210, 0.6, 0.8), new Hsv(46, 0.1, 0.95));
        var head = s.MaterialOr(SpriteSketch.Steel);
        c.Fill(Hafted.On(new Capsule(0, 19, 0, -14, 0.55)), SpriteSketch.Wood, DiagonalShading.Rod);
        c.Fill(Hafted.On(new Polygon((0, 13), (-3.2, 17.5), (-3.2, 21), (0, 18)).Or(new Polygon((0, 13), (3.2, 17.5), (3.2, 21), (0, 18)))), fletching, Shading.Bevel, separate: true);
        c.Fill(Hafted.On(new Polygon((0, -21.5), (2.8, -14.5), (0, -15.8), (-2.8, -14.5))), head, Shading.Split(0, TiltExtensions.CentreY, -1, -1), separate: true);
    }

    public static void Boomerang(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "body", SpriteSketch.Wood.Colour, new Hsv(14, 0.62, 0.62), new Hsv(34, 0.5, 0.75));
        var bend = r.Range(-1, 1);
        var (ex, ey) = (-9.5, 8.5 + bend);
        c.Fill(new Capsule(ex, ey, 12, 6, 2.9).Or(new Capsule(ex, ey, -5 + bend, 28.5, 2.9)), wood, Shading.Sphere);
        c.Fill(new Capsule(ex + 4, ey - 0.3, 9, 5.6, 0.6).Or(new Capsule(ex + 0.3, ey + 4, -5.8 + bend, 26, 0.6)), wood, Shading.Flat(Tone.Light));
        c.Fill(new Capsule(3, 5, 4, 8, 0.7).Or(new Capsule(-9, 19, -6, 20, 0.7)), Ramp.From(s.SecondColour(new Hsv(46, 0.2, 0.97))), Shading.Flat(Tone.Base));
    }

    public static void Shuriken(SpriteSketch s)
    {
        var c = s.Canvas;
        var metal = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        var star = new Polygon((0, 3), (2.6, 13.4), (13, 16), (2.6, 18.6), (0, 29), (-2.6, 18.6), (-13, 16), (-2.6, 13.4));
        c.FillCentred(star.Minus(Ellipse.Circle(0, 16, 1.8)), metal, Shading.Split(0, 16, -1, -1));
        c.FillCentred(new Difference(Ellipse.Circle(0, 16, 3.6), Ellipse.Circle(0, 16, 1.8)), metal, Shading.Bevel, separate: true);
    }

    /// <summary>An arrow lying flat from its nock to its head, pointing at (<paramref name="tipX"/>, <paramref name="tipY"/>)'s opposite end.</summary>
    private static void Arrow(PixelCanvas c, double tipX, double tipY, double nockX, double nockY, Ramp fletching)
    {
        c.Fill(new Capsule(tipX + 2, tipY, nockX, nockY, 0.6), SpriteSketch.Wood, Shading.Flat(Tone.Light));
        c.Fill(new Polygon((tipX, tipY), (tipX + 3.5, tipY - 1.9), (tipX + 3.5, tipY + 1.9)), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Polygon((nockX - 4, tipY - 0.3), (nockX - 0.5, tipY - 2.4), (nockX, tipY - 0.3)).Or(new Polygon((nockX - 4, tipY + 0.3), (nockX - 0.5, tipY + 2.4), (nockX, tipY + 0.3))), fletching, Shading.Flat(Tone.Base));
    }
}
