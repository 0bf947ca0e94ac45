using SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Hand tools lie on the diagonal like the weapons and share their haft: pickaxe, shovel, fishing rod, wrench.</summary>
internal static class Tools
{
    public static void Pickaxe(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var head = ItemPaint.Defining(s, "head", SpriteSketch.Steel);
        Hafted.Haft(s, butt: 19, top: -10, radius: 1.1, ItemPaint.Part(s, "handle", SpriteSketch.Wood));
        var sweep = r.Range(10.5, 12);
        var pick = new Ellipse(0, -7, sweep, 8).Minus(new Ellipse(0, -3.5, sweep + 0.5, 7.5)).Within(new Box(-16, -20, 16, -7));
        c.Fill(Hafted.On(pick), head, Shading.Sphere, separate: true);
        c.Fill(Hafted.On(new Box(-1.9, -14.5, 1.9, -9.5)), head, Shading.Bevel, separate: true);
    }

    public static void Shovel(SpriteSketch s)
    {
        var c = s.Canvas;
        var blade = ItemPaint.Defining(s, "blade", SpriteSketch.Steel);
        var wood = ItemPaint.Part(s, "handle", SpriteSketch.Wood);
        c.Fill(Hafted.On(new Capsule(0, 14, 0, -6, 1)), wood, DiagonalShading.Rod);
        c.Fill(Hafted.On(new Ellipse(0, 17.5, 3.6, 3).Minus(new Ellipse(0, 17.5, 2, 1.5)).Or(new Box(-0.8, 13.5, 0.8, 15))), wood, Shading.Bevel, separate: true);
        c.Fill(Hafted.On(new Polygon((-5, -7), (5, -7), (5.5, -15), (0, -20.5), (-5.5, -15))), blade, Shading.Split(0, TiltExtensions.CentreY, -1, -1), separate: true);
        c.Fill(Hafted.On(new Box(-1.4, -9, 1.4, -5.5)), blade, Shading.Bevel, separate: true);
    }

    public static void FishingRod(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var rod = ItemPaint.Defining(s, "rod", SpriteSketch.Wood.Colour, new Hsv(200, 0.5, 0.5), new Hsv(0, 0.6, 0.6));
        var bobber = ItemPaint.Part(s, "bobber", Ramp.From(new Hsv(2, 0.8, 0.9)));
        var drop = r.Range(21, 25);
        var (tipX, tipY) = Tilted.Place(0, -20, 0, TiltExtensions.CentreY);
        c.Fill(new Capsule(tipX, tipY, tipX, drop, 0.5), Ramp.From(new Hsv(0, 0, 0.9)), Shading.Flat(Tone.Base));
        c.Fill(Hafted.On(new Capsule(0, 20, 0, -20, 0.55).Or(new Capsule(0, 20, 0, 8, 1.1))), rod, DiagonalShading.Rod);
        c.Fill(Hafted.On(new Box(-1.5, 13, 1.5, 20)), Ramp.From(new Hsv(30, 0.4, 0.7)), Shading.Bevel, separate: true);
        c.Fill(Hafted.On(Ellipse.Circle(3.2, 10.5, 2.4)), SpriteSketch.Steel, Shading.Sphere, separate: true);
        c.Fill(new Ellipse(tipX, drop + 2, 1.8, 2.2), bobber, Shading.Sphere);
        c.Fill(new Box(tipX - 1.8, drop + 2, tipX + 1.8, drop + 4.2).Within(new Ellipse(tipX, drop + 2, 1.8, 2.2)), SpriteSketch.Cream, Shading.Flat(Tone.Base));
    }

    public static void Wrench(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "metal", SpriteSketch.Steel);
        var jaw = r.Range(4.8, 5.6);
        var tool = new Box(-1.7, -11, 1.7, 12)
            .Or(Ellipse.Circle(0, -13, jaw).Minus(new Box(-1.8, -20, 1.8, -12.5)))
            .Or(Ellipse.Circle(0, 14.5, 3.8).Minus(Ellipse.Circle(0, 14.5, 1.8)));
        c.Fill(Hafted.On(tool), metal, Shading.Split(0, TiltExtensions.CentreY, -1, -1));
        c.Fill(Hafted.On(new Box(-0.5, -7, 0.5, 8)), metal, Shading.Flat(Tone.Shadow));
    }
}
