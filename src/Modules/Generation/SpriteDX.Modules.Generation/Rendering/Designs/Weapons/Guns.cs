using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>Firearms seen from the side, muzzle to the right: a barrel, a body, a grip or stock and a trigger guard.</summary>
internal static class Guns
{
    private static readonly Ramp Iron = Ramp.From(new Hsv(222, 0.18, 0.42));

    public static void Pistol(SpriteSketch s)
    {
        if (s.Spec.Variant is "laser" or "ray gun" or "ray")
        {
            RayGun(s);
            return;
        }
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var metal = ItemPaint.Part(s, "barrel", s.MaterialOr(Iron));
        var length = r.Range(11, 14);
        c.Fill(new Box(-3, 10.5, length, 13.8), metal, Shading.Cylinder);
        c.Fill(new Box(length - 1.5, 9.8, length + 0.5, 14.4), metal, Shading.Bevel, separate: true);
        c.Fill(new Polygon((-9, 10), (-2, 10), (-1, 15.5), (-5, 18), (-9.5, 27), (-14, 26), (-10, 16)), wood, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(-12, 26.3, 2.8), SpriteSketch.Gold, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(-2, 18.5, 3, 2.6).Minus(new Ellipse(-2, 18.2, 1.8, 1.5)).Within(new Box(-6, 16, 2, 22)), SpriteSketch.Gold, Shading.Bevel);
        c.Fill(new Polygon((-9, 8), (-6, 6.5), (-5.5, 10), (-8, 10)), metal, Shading.Bevel, separate: true);
    }

    public static void Rifle(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var wood = ItemPaint.Defining(s, "handle", SpriteSketch.Wood);
        var metal = ItemPaint.Part(s, "barrel", s.MaterialOr(Iron));
        c.Fill(new Box(-2, 13.2, 15, 15.4), metal, Shading.Cylinder);
        c.Fill(new Polygon((-15, 16.5), (-8, 14.5), (3, 14.5), (3, 17.5), (-4, 18), (-8, 19.5), (-15, 22.5)), wood, Shading.Sphere, separate: true);
        c.Fill(new Box(-6, 12, 2, 16), metal, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(-1, 18.8, 2.4, 2.2).Minus(Ellipse.Circle(-1, 18.5, 1.2)).Within(new Box(-4, 17, 2, 22)), metal, Shading.Bevel);
        if (r.Chance(0.6))
        {
            c.Fill(new Box(-5, 8.5, 3, 10.8), SpriteSketch.Ink, Shading.Cylinder);
            c.Fill(new Box(-3, 10.8, -2, 12).Or(new Box(0, 10.8, 1, 12)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
            c.Fill(new Box(2.2, 8.2, 3.6, 11.1), Ramp.From(new Hsv(195, 0.6, 0.9)), Shading.Flat(Tone.Light), separate: true);
        }
        else
        {
            c.Fill(new Box(-3, 16, 0.5, 22), metal, Shading.Bevel, separate: true);
        }
    }

    public static void Blaster(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var body = ItemPaint.Defining(s, "body", new Hsv(215, 0.12, 0.82), new Hsv(220, 0.15, 0.45), new Hsv(200, 0.05, 0.95));
        var energy = ItemPaint.Part(s, "glow", Ramp.From(s.SecondColour(new Hsv(r.Pick([190.0, 0, 120]), 0.8, 1))));
        c.Fill(new Polygon((-7, 9.5), (-4.5, 5.5), (3, 5.5), (5, 9.5)), body, Shading.Bevel);
        c.Fill(new Box(-9, 9, 7, 17), body, Shading.Bevel, separate: true);
        c.Fill(new Box(7, 10.5, 13.5, 15.5), SpriteSketch.Ink, Shading.Cylinder, separate: true);
        foreach (var x in new[] { 8.5, 11 })
            c.Fill(new Box(x, 10.5, x + 1, 15.5), energy, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(14.3, 13, 1.3, 2.8), energy, Shading.Flat(Tone.Light), separate: true);
        c.Fill(new Polygon((-7, 16.5), (-1, 16.5), (-3, 28), (-9.5, 28)), body, Shading.Bevel, separate: true);
        c.Fill(new Box(-6.5, 11, 4.5, 14), energy, Shading.Flat(Tone.Light), separate: true);
        c.Fill(new Box(-12, 10, -9, 16), body, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(1, 19.5, 2.6, 2.6).Minus(Ellipse.Circle(1, 19, 1.3)).Within(new Box(-2, 17, 4, 23)), body, Shading.Bevel);
    }

    public static void Cannon(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "barrel", Iron);
        var wood = ItemPaint.Part(s, "wheels", SpriteSketch.Wood);
        var lift = r.Range(-1.5, 1.5);
        c.Fill(new Polygon((-14, 25), (-4, 18), (4, 22), (2, 28), (-14, 28)), wood, Shading.Bevel);
        c.Fill(new Capsule(-11, 20 + lift, 10, 11 - lift, 4.6).Or(Ellipse.Circle(-12.5, 21 + lift, 3)), metal, Shading.Sphere, separate: true);
        c.Fill(new Capsule(9, 8.5 - lift, 11.5, 14 - lift, 1.6), metal, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(-2, 23, 6.5).Minus(Ellipse.Circle(-2, 23, 4.6)), wood, Shading.Sphere, separate: true);
        c.Fill(new Union(new Capsule(-2, 17.5, -2, 28.5, 0.6), new Capsule(-7.5, 23, 3.5, 23, 0.6)), wood, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(-2, 23, 1.6), SpriteSketch.Steel, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(10, 27, 2.7), Iron, Shading.Sphere);
    }

    /// <summary>A bulbous raygun with rings on its barrel and a glowing emitter: what "laser pistol" means in games.</summary>
    private static void RayGun(SpriteSketch s)
    {
        var c = s.Canvas;
        var body = ItemPaint.Defining(s, "body", new Hsv(350, 0.7, 0.85), new Hsv(190, 0.5, 0.8), new Hsv(120, 0.5, 0.75));
        var glow = ItemPaint.Part(s, "glow", Ramp.From(new Hsv(170, 0.8, 1)));
        c.Fill(new Capsule(-9, 23, -4, 14, 2.6), body, Shading.Sphere);
        c.Fill(new Ellipse(-3, 12.5, 7.5, 5), body, Shading.Sphere, separate: true);
        c.Fill(new Box(3, 11, 10, 14), SpriteSketch.Silver, Shading.Cylinder, separate: true);
        foreach (var x in new[] { 5.0, 8.0 })
            c.Fill(new Box(x, 9.8, x + 1.2, 15.2), SpriteSketch.Silver, Shading.Bevel, separate: true);
        c.Fill(new Ellipse(12, 12.5, 2.2, 3.6), glow, Shading.Sphere, separate: true);
        c.Fill(new Polygon((-8, 9), (-12, 6), (-10.5, 11)), body, Shading.Bevel);
    }
}
