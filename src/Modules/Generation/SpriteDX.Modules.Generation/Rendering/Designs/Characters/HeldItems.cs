namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>
/// Small, readable versions of the weapons and tools a character holds, drawn around the grip in the right hand
/// (the viewer's right); a shield goes on the other arm and a hook replaces the other hand.
/// </summary>
internal static class HeldItems
{
    private static readonly Ramp Iron = Ramp.From(new Hsv(230, 0.14, 0.42));
    private static readonly Ramp Red = Ramp.From(new Hsv(2, 0.74, 0.84));
    private static readonly Ramp Straw = Ramp.From(new Hsv(44, 0.62, 0.86));
    private static readonly Ramp Burlap = Ramp.From(new Hsv(32, 0.42, 0.66));
    private static readonly Ramp Potion = Ramp.From(new Hsv(120, 0.7, 0.8));
    private static readonly Ramp Laser = Ramp.From(new Hsv(180, 0.7, 1));

    private delegate void Drawer(Look look, double gx, double gy);

    private static readonly Dictionary<string, Drawer> Items = new()
    {
        ["sword"] = Sword,
        ["cutlass"] = Cutlass,
        ["katana"] = Katana,
        ["dagger"] = Dagger,
        ["axe"] = Axe,
        ["battleaxe"] = BattleAxe,
        ["hammer"] = Hammer,
        ["mace"] = Mace,
        ["club"] = Club,
        ["spear"] = Spear,
        ["trident"] = Trident,
        ["pitchfork"] = Pitchfork,
        ["scythe"] = Scythe,
        ["staff"] = Staff,
        ["quarterstaff"] = Quarterstaff,
        ["wand"] = Wand,
        ["bow"] = Bow,
        ["crossbow"] = Crossbow,
        ["pistol"] = Pistol,
        ["laser gun"] = LaserGun,
        ["rifle"] = Rifle,
        ["broom"] = Broom,
        ["book"] = Book,
        ["lantern"] = Lantern,
        ["torch"] = Torch,
        ["fishing rod"] = FishingRod,
        ["pickaxe"] = Pickaxe,
        ["frying pan"] = FryingPan,
        ["magnifying glass"] = MagnifyingGlass,
        ["flask"] = Flask,
        ["syringe"] = Syringe,
        ["medical bag"] = MedicalBag,
        ["sack"] = Sack,
        ["balloon"] = Balloon,
        ["lute"] = Lute,
        ["sceptre"] = Sceptre,
        ["anchor"] = Anchor,
        ["extinguisher"] = Extinguisher,
        ["baton"] = Baton,
        ["basket"] = Basket,
        ["shuriken"] = Shuriken,
        ["harp"] = Harp,
    };

    /// <summary>Other words the interpreter may answer for things drawn the same way.</summary>
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["longsword"] = "sword",
        ["broadsword"] = "sword",
        ["rapier"] = "sword",
        ["scimitar"] = "cutlass",
        ["sabre"] = "cutlass",
        ["saber"] = "cutlass",
        ["knife"] = "dagger",
        ["battle axe"] = "battleaxe",
        ["war hammer"] = "hammer",
        ["warhammer"] = "hammer",
        ["gun"] = "pistol",
        ["revolver"] = "pistol",
        ["blaster"] = "laser gun",
        ["ray gun"] = "laser gun",
        ["musket"] = "rifle",
        ["shotgun"] = "rifle",
        ["potion"] = "flask",
        ["guitar"] = "lute",
        ["scepter"] = "sceptre",
        ["rod"] = "fishing rod",
        ["pick"] = "pickaxe",
        ["pan"] = "frying pan",
        ["bag"] = "sack",
        ["lance"] = "spear",
        ["javelin"] = "spear",
        ["flail"] = "mace",
        ["morning star"] = "mace",
    };

    /// <summary>The prompt's held item when the plan can draw it, otherwise the role's own; "shield" goes on the other arm.</summary>
    public static string? Resolve(string? asked, string? role)
    {
        if (asked is null || asked == "shield")
            return role;
        var key = Aliases.GetValueOrDefault(asked, asked);
        return Items.ContainsKey(key) ? key : role;
    }

    public static void Draw(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var (gx, gy) = (b.HandX, b.HandY);
        if (look.Held is { } held && Items.TryGetValue(held, out var draw))
        {
            draw(look, gx, gy);
            if (!look.Role.ArmsOutstretched && look.Outfit is not Outfit.Robe)
                c.Fill(Ellipse.Circle(gx, gy, b.ArmRadius + 0.1), look.Outfit is Outfit.Armour ? SpriteSketch.Leather : look.Outfit is Outfit.Wrap or Outfit.Spacesuit ? look.Clothes : look.Skin, Shading.Sphere, separate: true);
        }
        if (look.Shield)
            Shield(look, -gx, gy);
        else if (look.Has("hook"))
        {
            c.Fill(new Box(-gx - 1.3, gy - 1.4, -gx + 1.3, gy + 0.2), Iron, Shading.Bevel, separate: true);
            c.Fill(new Union(new Capsule(-gx, gy, -gx, gy + 2.2, 0.5), new Capsule(-gx, gy + 2.6, -gx - 1.8, gy + 2.6, 0.5), new Capsule(-gx - 1.8, gy + 2.6, -gx - 2, gy + 1, 0.5)), look.Blade, Shading.Flat(Tone.Light));
        }
    }

    private static void Shield(Look look, double x, double y)
    {
        var c = look.Canvas;
        if (look.Outfit is Outfit.Armour)
        {
            var heater = new Polygon((x - 3.2, y - 6), (x + 3.2, y - 6), (x + 3.2, y - 1), (x, y + 3.6), (x - 3.2, y - 1));
            c.Fill(heater, look.Metal, Shading.Bevel, separate: true);
            c.Fill(new Polygon((x - 2.2, y - 5), (x + 2.2, y - 5), (x + 2.2, y - 1.2), (x, y + 2.2), (x - 2.2, y - 1.2)), look.Trim, Shading.Bevel);
            return;
        }
        c.Fill(Ellipse.Circle(x, y - 1.5, 4), SpriteSketch.Wood, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(x, y - 1.5, 4).Minus(Ellipse.Circle(x, y - 1.5, 3.2)), look.Metal, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(x, y - 1.5, 1.3), look.Metal, Shading.Sphere);
    }

    private static void Shaft(Look look, double gx, double top, double bottom, double radius = 0.55) =>
        look.Canvas.Fill(new Capsule(gx, top, gx, bottom, radius), SpriteSketch.Wood, Shading.Cylinder);

    private static void Sword(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Polygon((gx - 0.8, gy - 1.5), (gx - 0.8, gy - 10.5), (gx, gy - 12.2), (gx + 0.8, gy - 10.5), (gx + 0.8, gy - 1.5)), look.Blade, Shading.Split(gx, 0, -1, 0));
        c.Fill(new Box(gx - 2.6, gy - 2.4, gx + 2.6, gy - 1.2), look.Gold, Shading.Bevel, separate: true);
        c.Fill(new Box(gx - 0.5, gy - 1.2, gx + 0.5, gy + 1.8), SpriteSketch.Leather, Shading.Flat(Tone.Base));
        c.Fill(Ellipse.Circle(gx, gy + 2.2, 0.9), look.Gold, Shading.Sphere);
    }

    private static void Cutlass(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Polygon((gx - 0.8, gy - 1.5), (gx - 1.2, gy - 6.5), (gx + 0.2, gy - 10.6), (gx + 2.6, gy - 12), (gx + 1.4, gy - 9), (gx + 0.9, gy - 1.5)), look.Blade, Shading.Bevel);
        c.Fill(new Union(new Box(gx - 2, gy - 2.2, gx + 2, gy - 1.2), new Capsule(gx + 1.8, gy - 1.6, gx + 1.8, gy + 1.8, 0.45)), look.Gold, Shading.Bevel, separate: true);
        c.Fill(new Box(gx - 0.5, gy - 1.2, gx + 0.5, gy + 1.8), SpriteSketch.Leather, Shading.Flat(Tone.Base));
    }

    private static void Katana(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Polygon((gx - 0.5, gy - 1.8), (gx - 0.1, gy - 13), (gx + 1.1, gy - 14.6), (gx + 0.7, gy - 1.8)), look.Blade, Shading.Bevel);
        c.Fill(new Ellipse(gx + 0.1, gy - 1.8, 1.7, 0.8), look.Gold, Shading.Flat(Tone.Base));
        c.Fill(new Box(gx - 0.5, gy - 1.2, gx + 0.7, gy + 3.6), SpriteSketch.Ink, Shading.Bevel);
    }

    private static void Dagger(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Polygon((gx - 0.7, gy - 1.5), (gx - 0.7, gy - 5.4), (gx, gy - 6.8), (gx + 0.7, gy - 5.4), (gx + 0.7, gy - 1.5)), look.Blade, Shading.Split(gx, 0, -1, 0));
        c.Fill(new Box(gx - 1.8, gy - 2.2, gx + 1.8, gy - 1.2), look.Gold, Shading.Bevel, separate: true);
    }

    private static void Axe(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 10, gy + 3.6);
        look.Canvas.Fill(new Polygon((gx + 0.4, gy - 9.6), (gx + 4.6, gy - 11.6), (gx + 4.2, gy - 7.6), (gx + 4.6, gy - 4.4), (gx + 0.4, gy - 6.6)), look.Blade, Shading.Split(gx + 3.4, 0, 1, 0));
    }

    private static void BattleAxe(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 12, gy + 4);
        var blade = new Polygon((gx, gy - 10.2), (gx + 4.4, gy - 12.8), (gx + 3.8, gy - 8.4), (gx + 4.4, gy - 4.6), (gx, gy - 7.2));
        look.Canvas.Fill(blade, look.Blade, Shading.Bevel);
        look.Canvas.Fill(new Polygon((gx, gy - 10.2), (gx - 4.4, gy - 12.8), (gx - 3.8, gy - 8.4), (gx - 4.4, gy - 4.6), (gx, gy - 7.2)), look.Blade, Shading.Bevel);
        look.Canvas.Fill(Ellipse.Circle(gx, gy - 8.7, 1), look.Gold, Shading.Sphere);
    }

    private static void Hammer(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 7, gy + 3.4);
        look.Canvas.Fill(new Box(gx - 3, gy - 10.4, gx + 3, gy - 6.6), look.Blade, Shading.Bevel, separate: true);
    }

    private static void Mace(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 6, gy + 3.4);
        var c = look.Canvas;
        c.Fill(new Union(new Polygon((gx - 0.8, gy - 10), (gx, gy - 12.8), (gx + 0.8, gy - 10)), new Polygon((gx - 2, gy - 9.2), (gx - 3.6, gy - 8), (gx - 2, gy - 6.8)), new Polygon((gx + 2, gy - 9.2), (gx + 3.6, gy - 8), (gx + 2, gy - 6.8))), look.Blade, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(gx, gy - 8, 2.3), look.Blade, Shading.Sphere, separate: true);
    }

    private static void Club(Look look, double gx, double gy) =>
        look.Canvas.Fill(new Union(new Capsule(gx, gy + 2.6, gx + 0.6, gy - 4, 0.8), new Ellipse(gx + 0.9, gy - 7.6, 2.4, 4)), SpriteSketch.Wood, Shading.Sphere);

    private static void Spear(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 16, gy + 5.6, 0.5);
        look.Canvas.Fill(new Polygon((gx - 1.3, gy - 15.4), (gx, gy - 20), (gx + 1.3, gy - 15.4), (gx, gy - 14.4)), look.Blade, Shading.Split(gx, 0, -1, 0));
    }

    private static void Trident(Look look, double gx, double gy)
    {
        var metal = look.Sketch.Spec.Material is null ? look.Gold : look.Blade;
        Shaft(look, gx, gy - 14, gy + 5.6, 0.5);
        var c = look.Canvas;
        c.Fill(new Union(new Box(gx - 2.6, gy - 15.2, gx + 2.6, gy - 14), new Box(gx - 2.6, gy - 18.4, gx - 1.8, gy - 14.6), new Box(gx + 1.8, gy - 18.4, gx + 2.6, gy - 14.6), new Box(gx - 0.4, gy - 19.6, gx + 0.4, gy - 14.6)), metal, Shading.Bevel);
        c.Fill(new Union(new Polygon((gx - 3, gy - 18.2), (gx - 1.4, gy - 18.2), (gx - 2.2, gy - 20)), new Polygon((gx + 1.4, gy - 18.2), (gx + 3, gy - 18.2), (gx + 2.2, gy - 20)), new Polygon((gx - 1, gy - 19.4), (gx + 1, gy - 19.4), (gx, gy - 21.4))), metal, Shading.Flat(Tone.Light));
    }

    private static void Pitchfork(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 13, gy + 5.6, 0.5);
        look.Canvas.Fill(new Union(new Box(gx - 2.4, gy - 14, gx + 2.4, gy - 12.8), new Capsule(gx - 2, gy - 13.4, gx - 2.2, gy - 19, 0.4), new Capsule(gx + 2, gy - 13.4, gx + 2.2, gy - 19, 0.4), new Capsule(gx, gy - 13.4, gx, gy - 19.4, 0.4)), Iron, Shading.Flat(Tone.Light));
    }

    private static void Scythe(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 17, gy + 5.6, 0.5);
        look.Canvas.Fill(new Polygon((gx + 0.4, gy - 17.8), (gx - 3, gy - 18.8), (gx - 7.6, gy - 17.6), (gx - 10.6, gy - 14.2), (gx - 6.4, gy - 15.8), (gx + 0.4, gy - 16.2)), look.Blade, Shading.Bevel);
    }

    private static void Staff(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 14, gy + 5.6, 0.6);
        look.Canvas.Fill(new Union(new Capsule(gx, gy - 14, gx - 1.4, gy - 16, 0.6), new Capsule(gx, gy - 14, gx + 1.4, gy - 16, 0.6)), SpriteSketch.Wood, Shading.Cylinder);
        look.Canvas.Fill(Ellipse.Circle(gx, gy - 16.4, 1.8), Ramp.From(look.Sketch.SecondColour(look.Species.EyeGlow ?? new Hsv(190, 0.7, 0.95))), Shading.Sphere, separate: true);
    }

    private static void Quarterstaff(Look look, double gx, double gy) => Shaft(look, gx, gy - 15, gy + 5.6, 0.6);

    private static void Wand(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Capsule(gx, gy - 5.5, gx, gy + 1.2, 0.4), SpriteSketch.Ink, Shading.Cylinder);
        c.Fill(new Polygon((gx, gy - 9.6), (gx + 0.8, gy - 7.6), (gx + 2.4, gy - 7.2), (gx + 0.9, gy - 6.3), (gx + 1.3, gy - 4.6), (gx, gy - 5.6), (gx - 1.3, gy - 4.6), (gx - 0.9, gy - 6.3), (gx - 2.4, gy - 7.2), (gx - 0.8, gy - 7.6)), look.Gold, Shading.Flat(Tone.Light));
    }

    private static void Bow(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        var cy = gy - 4;
        c.Fill(new Box(gx - 0.9, cy - 9, gx - 0.1, cy + 9), SpriteSketch.Cream, Shading.Flat(Tone.Light));
        c.Fill(new Ellipse(gx - 0.6, cy, 3.6, 9.4).Minus(new Ellipse(gx - 0.6, cy, 2.4, 8.2)).Within(new Box(gx - 0.6, 0, 16, 32)), SpriteSketch.Wood, Shading.Bevel);
    }

    private static void Crossbow(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.7, gy - 8, gx + 0.7, gy + 2.4), SpriteSketch.Wood, Shading.Bevel);
        c.Fill(new Ellipse(gx, gy - 5.6, 4.8, 2.6).Minus(new Ellipse(gx, gy - 5, 3.8, 1.8)).Within(new Box(-16, 0, 16, gy - 5)), look.Blade, Shading.Bevel);
        c.Fill(new Box(gx - 4.6, gy - 5.4, gx + 4.6, gy - 4.8), SpriteSketch.Cream, Shading.Flat(Tone.Base));
    }

    private static void Pistol(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.6, gy - 2.6, gx + 4.8, gy - 0.8), Iron, Shading.Bevel);
        c.Fill(new Polygon((gx - 0.8, gy - 1), (gx + 1.2, gy - 1), (gx + 1, gy + 2.4), (gx - 1, gy + 2.4)), SpriteSketch.Wood, Shading.Bevel);
    }

    private static void LaserGun(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.6, gy - 3, gx + 4, gy - 0.6), Ramp.From(new Hsv(210, 0.1, 0.85)), Shading.Bevel);
        c.Fill(new Box(gx + 4, gy - 2.4, gx + 5.6, gy - 1.2), Laser, Shading.Flat(Tone.Light));
        c.Fill(new Box(gx + 0.8, gy - 3, gx + 1.6, gy - 0.6), Laser, Shading.Flat(Tone.Base));
    }

    private static void Rifle(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.4, gy - 16, gx + 0.5, gy - 5), Iron, Shading.Bevel);
        c.Fill(new Polygon((gx - 1, gy - 6), (gx + 1, gy - 6), (gx + 1.6, gy + 5), (gx - 1.6, gy + 5)), SpriteSketch.Wood, Shading.Bevel);
        c.Fill(new Box(gx - 2.6, gy - 4.6, gx - 0.9, gy - 2), Iron, Shading.Bevel);
    }

    private static void Broom(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 14, gy + 1.4, 0.45);
        look.Canvas.Fill(new Polygon((gx - 1, gy + 1), (gx + 1, gy + 1), (gx + 3.2, gy + 6.4), (gx - 3.2, gy + 6.4)), Straw, Shading.Bevel, separate: true);
        look.Canvas.Fill(new Box(gx - 1.4, gy + 1.4, gx + 1.4, gy + 2.2), Red, Shading.Flat(Tone.Base));
    }

    private static void Book(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 2.2, gy - 3.6, gx + 2.2, gy + 1.8), Ramp.From(look.Sketch.SecondColour(new Hsv(0, 0.6, 0.55))), Shading.Bevel, separate: true);
        c.Fill(new Box(gx - 2.2, gy + 1.2, gx + 2.2, gy + 1.8), SpriteSketch.Cream, Shading.Flat(Tone.Light));
        c.Fill(new Union(new Box(gx - 0.3, gy - 3, gx + 0.3, gy), new Box(gx - 1.2, gy - 2.2, gx + 1.2, gy - 1.6)), look.Gold, Shading.Flat(Tone.Light));
    }

    private static void Lantern(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 1.9, gy + 1.2, gx + 1.9, gy + 5.6), Iron, Shading.Bevel, separate: true);
        c.Fill(new Box(gx - 1.1, gy + 2, gx + 1.1, gy + 4.8), SpriteSketch.Flame, Shading.Sphere);
        c.Fill(new Polygon((gx - 2.2, gy + 1.4), (gx + 2.2, gy + 1.4), (gx, gy - 0.6)), Iron, Shading.Bevel);
    }

    private static void Torch(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 5, gy + 3, 0.6);
        look.Canvas.Fill(new Union(new Ellipse(gx, gy - 6.6, 1.8, 2.2), new Polygon((gx - 1.4, gy - 7.4), (gx + 1.4, gy - 7.4), (gx + 0.4, gy - 10.6))), SpriteSketch.Flame, Shading.Sphere);
        look.Canvas.Fill(new Ellipse(gx, gy - 6.4, 0.8, 1.2), SpriteSketch.Gold, Shading.Flat(Tone.Highlight));
    }

    private static void FishingRod(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Capsule(gx, gy + 2.4, gx + 4.2, gy - 19, 0.45), SpriteSketch.Wood, Shading.Cylinder);
        c.Fill(new Box(gx + 4.2, gy - 19, gx + 4.8, gy - 6), SpriteSketch.Cream, Shading.Flat(Tone.Light));
        c.Fill(Ellipse.Circle(gx + 4.5, gy - 5.2, 1.1), Red, Shading.Sphere);
    }

    private static void Pickaxe(Look look, double gx, double gy)
    {
        Shaft(look, gx, gy - 9, gy + 3.6);
        look.Canvas.Fill(new Polygon((gx - 5.6, gy - 6.4), (gx - 2, gy - 9.6), (gx, gy - 10), (gx + 2, gy - 9.6), (gx + 5.6, gy - 6.4), (gx + 2, gy - 8.2), (gx - 2, gy - 8.2)), look.Blade, Shading.Bevel, separate: true);
    }

    private static void FryingPan(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.5, gy - 4, gx + 0.5, gy + 1.6), SpriteSketch.Ink, Shading.Bevel);
        c.Fill(Ellipse.Circle(gx, gy - 7, 3.2), Iron, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(gx, gy - 7, 2.2), Iron, Shading.Flat(Tone.Shadow));
    }

    private static void MagnifyingGlass(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Capsule(gx, gy + 2, gx, gy - 3.4, 0.6), SpriteSketch.Wood, Shading.Cylinder);
        c.Fill(Ellipse.Circle(gx, gy - 6.4, 2.8), look.Gold, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(gx, gy - 6.4, 1.9), SpriteSketch.Glass, Shading.Sphere);
    }

    private static void Flask(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.7, gy - 8.4, gx + 0.7, gy - 5.4), SpriteSketch.Glass, Shading.Bevel);
        c.Fill(Ellipse.Circle(gx, gy - 3.8, 2.4), SpriteSketch.Glass, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(gx, gy - 3.8, 2.4).Within(new Box(-16, gy - 3.8, 16, 32)), Ramp.From(look.Sketch.PartColour("liquid", Potion.Colour)), Shading.Sphere);
    }

    private static void Syringe(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.3, gy - 10.4, gx + 0.3, gy - 7.4), Iron, Shading.Flat(Tone.Light));
        c.Fill(new Box(gx - 1, gy - 7.6, gx + 1, gy - 1.6), SpriteSketch.Glass, Shading.Bevel, separate: true);
        c.Fill(new Box(gx - 1, gy - 5, gx + 1, gy - 1.6), Red, Shading.Flat(Tone.Base));
        c.Fill(new Box(gx - 1.8, gy - 1.6, gx + 1.8, gy - 0.8), Iron, Shading.Flat(Tone.Base));
    }

    private static void MedicalBag(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Ellipse(gx + 1, gy + 0.6, 1.6, 1.4).Minus(new Ellipse(gx + 1, gy + 0.6, 0.8, 0.7)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        c.Fill(new Box(gx - 1.4, gy + 1.2, gx + 4.6, gy + 4.8), SpriteSketch.Ink, Shading.Bevel, separate: true);
        c.Fill(new Union(new Box(gx + 0.6, gy + 1.8, gx + 1.6, gy + 4.2), new Box(gx - 0.2, gy + 2.5, gx + 2.4, gy + 3.5)), Red, Shading.Flat(Tone.Base));
    }

    private static void Sack(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Ellipse(gx + 1, gy + 2.4, 3.6, 3.6), Burlap, Shading.Sphere, separate: true);
        c.Fill(new Polygon((gx - 0.4, gy - 0.4), (gx + 2.4, gy - 0.4), (gx + 1, gy - 2.6)), Burlap, Shading.Bevel);
        if (look.Role.Details.Contains("coins"))
            c.Fill(Ellipse.Circle(gx + 1, gy + 2.6, 1.4), look.Gold, Shading.Sphere);
    }

    private static void Balloon(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx + 0.8, gy - 11, gx + 1.3, gy), SpriteSketch.Cream, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(gx + 1.6, gy - 14, 3, 3.6), Ramp.From(look.Sketch.SecondColour(new Hsv(0, 0.78, 0.92))), Shading.Sphere, separate: true);
    }

    private static void Lute(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Capsule(gx + 0.4, gy - 2, gx + 2.4, gy - 9.4, 0.6), SpriteSketch.Wood, Shading.Cylinder);
        c.Fill(new Ellipse(gx, gy + 0.8, 2.8, 3.2), SpriteSketch.Wood, Shading.Sphere, separate: true);
        c.Fill(Ellipse.Circle(gx, gy + 0.2, 0.8), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    private static void Sceptre(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Capsule(gx, gy - 8, gx, gy + 3, 0.55), look.Gold, Shading.Cylinder);
        c.Fill(Ellipse.Circle(gx, gy - 9.4, 1.7), Red, Shading.Sphere, separate: true);
        c.Fill(new Union(new Box(gx - 0.4, gy - 13, gx + 0.4, gy - 10.6), new Box(gx - 1.2, gy - 12.2, gx + 1.2, gy - 11.5)), look.Gold, Shading.Flat(Tone.Light));
    }

    private static void Anchor(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 0.5, gy - 5, gx + 0.5, gy + 4.6), Iron, Shading.Bevel);
        c.Fill(new Box(gx - 2.2, gy - 3.6, gx + 2.2, gy - 2.6), Iron, Shading.Bevel);
        c.Fill(Ellipse.Circle(gx, gy - 6, 1.2).Minus(Ellipse.Circle(gx, gy - 6, 0.5)), Iron, Shading.Flat(Tone.Base));
        c.Fill(new Ellipse(gx, gy + 2.4, 3.8, 3).Minus(new Ellipse(gx, gy + 2.2, 2.8, 2.2)).Within(new Box(-16, gy + 2.4, 16, 32)), Iron, Shading.Bevel);
    }

    private static void Extinguisher(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Box(gx - 1.6, gy - 1, gx + 1.6, gy + 5.4), Red, Shading.Cylinder, separate: true);
        c.Fill(new Box(gx - 1, gy - 2.4, gx + 1, gy - 0.8), SpriteSketch.Ink, Shading.Bevel);
        c.Fill(new Capsule(gx + 1, gy - 2, gx + 3, gy + 1, 0.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    private static void Baton(Look look, double gx, double gy)
    {
        look.Canvas.Fill(new Capsule(gx, gy - 7, gx, gy + 2.4, 0.6), SpriteSketch.Ink, Shading.Cylinder);
        look.Canvas.Fill(new Box(gx, gy - 0.6, gx + 2, gy + 0.4), SpriteSketch.Ink, Shading.Flat(Tone.Light));
    }

    private static void Basket(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        c.Fill(new Ellipse(gx, gy + 0.6, 2.8, 3.2).Minus(new Ellipse(gx, gy + 0.6, 2, 2.4)).Within(new Box(-16, 0, 16, gy + 0.6)), SpriteSketch.Wood, Shading.Flat(Tone.Base));
        c.Fill(new Polygon((gx - 3.2, gy + 0.6), (gx + 3.2, gy + 0.6), (gx + 2.4, gy + 4.6), (gx - 2.4, gy + 4.6)), Straw, Shading.Bevel, separate: true);
        c.Fill(Ellipse.Circle(gx - 1, gy + 0.2, 1.1), Red, Shading.Sphere);
    }

    private static void Shuriken(Look look, double gx, double gy)
    {
        var (x, y) = (gx + 0.4, gy - 4.4);
        look.Canvas.Fill(new Polygon((x, y - 3.4), (x + 0.8, y - 0.8), (x + 3.4, y), (x + 0.8, y + 0.8), (x, y + 3.4), (x - 0.8, y + 0.8), (x - 3.4, y), (x - 0.8, y - 0.8)), look.Blade, Shading.Sphere);
        look.Canvas.Fill(Ellipse.Circle(x, y, 0.5), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    private static void Harp(Look look, double gx, double gy)
    {
        var c = look.Canvas;
        var frame = new Polygon((gx - 1, gy + 2), (gx - 1, gy - 8), (gx + 3.4, gy - 6.4), (gx + 3.6, gy - 4));
        c.Fill(frame, look.Gold, Shading.Bevel);
        c.Fill(new Polygon((gx, gy), (gx, gy - 6.6), (gx + 2.6, gy - 5.4), (gx + 2.6, gy - 4.2)), SpriteSketch.Cream, Shading.Flat(Tone.Base));
        c.Fill(new Box(gx + 1.1, gy - 6, gx + 1.6, gy - 2), look.Gold, Shading.Flat(Tone.Base));
    }
}
