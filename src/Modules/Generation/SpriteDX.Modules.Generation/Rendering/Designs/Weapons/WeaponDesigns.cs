using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

/// <summary>The weapons the generator draws as icons; the prompt's colour goes to the blade or head, "handle" to the grip.</summary>
internal static class WeaponDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["sword"] = new(Blades.Sword),
        ["dagger"] = new(Blades.Dagger),
        ["katana"] = new(Blades.Katana),
        ["shield"] = new(Shield),
        ["axe"] = new(Hafted.Axe),
        ["hammer"] = new(Hafted.Hammer),
        ["mace"] = new(Hafted.Mace),
        ["club"] = new(Hafted.Club),
        ["spear"] = new(Hafted.Spear),
        ["trident"] = new(Hafted.Trident),
        ["halberd"] = new(Hafted.Halberd),
        ["scythe"] = new(Hafted.Scythe),
        ["staff"] = new(Staff),
        ["wand"] = new(Wand),
        ["whip"] = new(Whip),
        ["flail"] = new(Flail),
        ["bow"] = new(Ranged.Bow),
        ["crossbow"] = new(Ranged.Crossbow),
        ["slingshot"] = new(Ranged.Slingshot),
        ["arrow"] = new(Ranged.ArrowDesign),
        ["boomerang"] = new(Ranged.Boomerang),
        ["shuriken"] = new(Ranged.Shuriken),
        ["pistol"] = new(Guns.Pistol),
        ["rifle"] = new(Guns.Rifle),
        ["blaster"] = new(Guns.Blaster),
        ["cannon"] = new(Guns.Cannon),
    };

    public static void Shield(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wooden = s.Spec.Material == "wooden" && s.NamedColour is null;
        var field = wooden ? SpriteSketch.Wood : ItemPaint.Defining(s, "field", new Hsv(218, 0.7, 0.76), new Hsv(0, 0.74, 0.78), new Hsv(135, 0.6, 0.6), new Hsv(278, 0.5, 0.64));
        var charge = Ramp.From(s.SecondColour(r.Chance(0.6) ? new Hsv(46, 0.78, 0.96) : new Hsv(215, 0.04, 0.96)));
        var rim = ItemPaint.Part(s, "rim", r.Chance(0.5) ? SpriteSketch.Steel : SpriteSketch.Gold);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 16, 15.5), field);
        if (wooden || r.Chance(0.3))
        {
            c.FillCentred(Ellipse.Circle(0, 16, 13.5), rim, Shading.Sphere);
            c.FillCentred(Ellipse.Circle(0, 16, 11.3), field, Shading.Sphere);
            if (wooden)
            {
                foreach (var x in new[] { -6.5, -2.2, 2.2, 6.5 })
                    c.Fill(new Box(x - 0.3, 4, x + 0.3, 28).Within(Ellipse.Circle(0, 16, 11.3)), field, Shading.Flat(Tone.Shadow));
            }
            else
            {
                c.FillCentred(new Difference(Ellipse.Circle(0, 16, 8.3), Ellipse.Circle(0, 16, 6.9)), charge, Shading.Flat(Tone.Base));
            }
            c.FillCentred(Ellipse.Circle(0, 16, 3.3), rim, Shading.Sphere, separate: true);
            return;
        }
        var outer = new Polygon((-11.5, 3), (11.5, 3), (11.5, 14), (10, 20), (6, 25.5), (0, 29.5), (-6, 25.5), (-10, 20), (-11.5, 14));
        var inner = new Polygon((-9.5, 5), (9.5, 5), (9.5, 14), (8.2, 19.2), (4.8, 24), (0, 27.2), (-4.8, 24), (-8.2, 19.2), (-9.5, 14));
        c.FillCentred(outer, rim, Shading.Bevel);
        c.FillCentred(inner, field, Shading.Sphere);
        switch (r.Next(4))
        {
            case 0:
                c.FillCentred(new Union(new Box(-1.6, 5, 1.6, 27.5), new Box(-9.5, 11.5, 9.5, 14.6)).Within(inner), charge, Shading.Bevel);
                break;
            case 1:
                c.FillCentred(new Polygon((-9.5, 18), (0, 9), (9.5, 18), (9.5, 22), (0, 13), (-9.5, 22)).Within(inner), charge, Shading.Bevel);
                break;
            case 2:
                c.FillCentred(new Box(0, 5, 9.5, 28).Within(inner), charge, Shading.Sphere);
                break;
            default:
                c.FillCentred(Ornaments.Star(0, 15, 6, 2.6), charge, Shading.Bevel, separate: true);
                break;
        }
    }

    /// <summary>A wizard's staff stands upright, unlike the diagonal polearms: a gnarled shaft whose crook cradles an orb.</summary>
    public static void Staff(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var orb = Ornaments.GemColour(s, s.MainColour(new Hsv(195, 0.7, 0.95), new Hsv(285, 0.6, 0.9), new Hsv(120, 0.6, 0.85), new Hsv(10, 0.8, 0.95)));
        var wood = ItemPaint.PartOrMaterial(s, "handle", Ramp.From(new Hsv(26, 0.5, 0.48)));
        var lean = r.Range(-1, 1);
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 7.5, 7.5), orb);
        c.Fill(new Capsule(lean, 30, 0, 11, 1.3), wood, Shading.Cylinder);
        c.Fill(Ellipse.Circle(lean * 0.5, 22, 1.9).Or(Ellipse.Circle(lean * 0.3, 16, 1.7)), wood, Shading.Sphere);
        c.Fill(new Ellipse(0, 7.5, 5.6, 6.2).Minus(new Ellipse(0, 7.5, 3.8, 4.4)).Minus(new Box(-1.5, 0, 6, 4.5)), wood, Shading.Sphere, separate: true);
        Ornaments.SetGem(c, 0, 7.5, 3.2, orb);
    }

    public static void Wand(SpriteSketch s)
    {
        var c = s.Canvas;
        var star = ItemPaint.Defining(s, "gem", new Hsv(48, 0.75, 1), new Hsv(300, 0.45, 1), new Hsv(190, 0.55, 1));
        var stick = ItemPaint.Part(s, "handle", Ramp.From(new Hsv(270, 0.3, 0.3)));
        ItemPaint.GlowBehind(s, Ellipse.Circle(7, 9, 8), star);
        c.Fill(Hafted.On(new Capsule(0, 15, 0, -4, 0.9)), stick, DiagonalShading.Rod);
        c.Fill(Hafted.On(new Box(-1.2, 9, 1.2, 15.5)), SpriteSketch.Gold, Shading.Bevel, separate: true);
        var (x, y) = Tilted.Place(0, -8.5, 0, TiltExtensions.CentreY);
        c.Fill(Ornaments.Star(x, y, 6.5, 2.8), star, Shading.Bevel, separate: true);
        Ornaments.Sparkle(c, c.PixelX(-6), c.PixelY(6));
        Ornaments.Sparkle(c, c.PixelX(11), c.PixelY(17));
    }

    /// <summary>A coiled lash hanging from a short handle.</summary>
    public static void Whip(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var leather = ItemPaint.Defining(s, "lash", SpriteSketch.Leather);
        var handle = ItemPaint.Part(s, "handle", Ramp.From(new Hsv(22, 0.4, 0.3)));
        var coil = r.Range(9, 10.5);
        var lash = new Ellipse(3, 13, coil, 8).Minus(new Ellipse(3, 13, coil - 1.5, 6.6))
            .Or(new Ellipse(4, 15, coil - 3, 6).Minus(new Ellipse(4, 15, coil - 4.5, 4.6)).Within(new Box(-16, 15, 16, 32)))
            .Or(new Capsule(3 + coil - 0.7, 13.5, 12, 27, 0.7), new Capsule(-6, 18.5, -3, 21, 0.8));
        c.Fill(lash, leather, Shading.Sphere);
        c.Fill(new Capsule(-11, 28.5, -5, 20.5, 1.6), handle, DiagonalShading.Rod, separate: true);
        c.Fill(Ellipse.Circle(-11.5, 29, 1.8), SpriteSketch.Gold, Shading.Sphere, separate: true);
    }

    /// <summary>A spiked ball on a chain from a short handle.</summary>
    public static void Flail(SpriteSketch s)
    {
        var (c, r) = (s.Canvas, s.Random);
        var metal = ItemPaint.Defining(s, "head", SpriteSketch.Steel);
        var handle = ItemPaint.PartOrMaterial(s, "handle", SpriteSketch.Wood);
        var (bx, by) = (r.Range(4.5, 6), r.Range(20, 21.5));
        const double Radius = 5.5;
        var links = Enumerable.Range(0, 4).Select(i =>
        {
            var t = (i + 0.5) / 4;
            var (x, y) = (-9 + ((bx + 9) * t), 6.5 + ((by - Radius - 6.5) * t));
            return new Ellipse(x, y, 1.5, 1.5).Minus(Ellipse.Circle(x, y, 0.6));
        });
        c.Fill(new Union([.. links]), SpriteSketch.Steel, Shading.Bevel);
        c.Fill(new Capsule(-9, 8, -12, 29, 1.5), handle, Shading.Cylinder);
        c.Fill(new Box(-11, 5.5, -7, 8.5), SpriteSketch.Steel, Shading.Bevel, separate: true);
        var diagonal = Radius * 0.7;
        var spikes = new Union(
            new Polygon((bx - 1.3, by - Radius + 0.5), (bx, by - Radius - 3), (bx + 1.3, by - Radius + 0.5)),
            new Polygon((bx - 1.3, by + Radius - 0.5), (bx, by + Radius + 3), (bx + 1.3, by + Radius - 0.5)),
            new Polygon((bx - Radius + 0.5, by - 1.3), (bx - Radius - 3, by), (bx - Radius + 0.5, by + 1.3)),
            new Polygon((bx + Radius - 0.5, by - 1.3), (bx + Radius + 3, by), (bx + Radius - 0.5, by + 1.3)),
            new Polygon((bx + diagonal - 1.5, by - diagonal), (bx + diagonal + 1.6, by - diagonal - 1.6), (bx + diagonal, by - diagonal + 1.5)),
            new Polygon((bx - diagonal + 1.5, by + diagonal), (bx - diagonal - 1.6, by + diagonal + 1.6), (bx - diagonal, by + diagonal - 1.5)),
            new Polygon((bx + diagonal - 1.5, by + diagonal), (bx + diagonal + 1.6, by + diagonal + 1.6), (bx + diagonal, by + diagonal - 1.5)));
        c.Fill(spikes.Or(Ellipse.Circle(bx, by, Radius)), metal, Shading.Sphere, separate: true);
    }
}
