namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>Where the head, torso, hands and feet sit for a build, in design space; every part is placed from these.</summary>
internal sealed record Body(double HeadY, double HeadRx, double HeadRy, double ShoulderY, double HipY, double TorsoHalf, double ArmRadius, double FootY)
{
    public double HeadTop => HeadY - HeadRy;

    public double HandX => TorsoHalf + 2.2;

    public double HandY => HipY - 0.6;

    public double EyeX => -2.6 * HeadRx / 6.6;

    public double EyeY => HeadY + 1;

    public static Body For(Build build) => build switch
    {
        Build.Short => new(13.2, 6.9, 5.9, 19, 26.2, 6, 1.6, 30.4),
        Build.Tall => new(9.2, 6.2, 5.3, 14.4, 24.6, 7, 2.1, 30.4),
        Build.Slim => new(10.6, 6.3, 5.7, 16.2, 24.8, 4.2, 1.3, 30.4),
        _ => new(11, 6.6, 5.8, 16.5, 24.6, 5, 1.5, 30.4),
    };
}

/// <summary>One character's parts resolved against the spec: the role's defaults, overridden by what the prompt names.</summary>
internal sealed class Look
{
    private static readonly Hsv[] HairColours = [new(26, 0.62, 0.48), new(45, 0.55, 0.96), new(240, 0.25, 0.24), new(12, 0.72, 0.78), new(215, 0.05, 0.92)];
    private static readonly Ramp DarkSteel = Ramp.From(new Hsv(250, 0.18, 0.4));

    private readonly HashSet<string> _details;

    public Look(SpriteSketch s, Role role)
    {
        Sketch = s;
        Role = role;
        var r = s.Random;
        Species = Roles.SpeciesFor(s.Spec.Variant, role.Species);
        Body = Body.For(Species.Build);
        _details = [.. role.Details, .. s.Spec.Details];

        Outfit = s.Spec.Has("armour") && role.Outfit is not Outfit.MermaidTail ? Outfit.Armour
            : s.Spec.Has("robe") && role.Outfit is not Outfit.MermaidTail ? Outfit.Robe
            : s.Spec.Has("dress") && role.Outfit is not Outfit.MermaidTail ? Outfit.Dress
            : role.Outfit;
        Headgear = Headgears.FromDetails(s.Spec, role.Headgear);
        HairStyle = Species.CoveredHead ? Characters.Hair.Bald : r.Pick(role.Hair);
        BeardStyle = role.Beard != Characters.Beard.None && r.Chance(role.BeardChance) ? role.Beard
            : Has("beard") ? Characters.Beard.Full
            : Characters.Beard.None;
        Held = HeldItems.Resolve(s.Spec.Held, role.Held);
        Shield = role.Shield || s.Spec.Held == "shield";

        var main = s.MainColour(role.Colours);
        Clothes = Ramp.From(s.PartColour(OutfitPart(Outfit), main));
        Trim = Ramp.From(s.SecondColour(role.Trim));
        Cape = Ramp.From(s.PartColour("cape", s.Spec.Colours.Count > 1 ? s.Spec.Colours[1] : role.Cape));
        Skin = Ramp.From(r.Pick(Species.Skin));
        var hair = s.PartColour("hair", r.Pick(role.HairColours ?? HairColours));
        Hair = Ramp.From(hair);
        Beard = Ramp.From(s.PartColour("beard", hair));
        Boots = Ramp.From(s.PartColour("boots", SpriteSketch.Leather.Colour));
        Legs = Ramp.From(role.Legs);
        var evilSteel = s.Mood == SpriteMood.Evil && s.Spec.Material is null;
        Metal = s.Spec.PartColours.TryGetValue("armour", out var armour) ? Ramp.From(s.PartColour("armour", armour))
            : evilSteel ? DarkSteel
            : s.MaterialOr(SpriteSketch.Steel);
        Blade = s.MaterialOr(SpriteSketch.Steel);
        Gold = s.Spec.Material is "silver" or "steel" ? s.MaterialOr(SpriteSketch.Gold) : SpriteSketch.Gold;
        Hat = Headgears.IsHelmet(Headgear) ? Ramp.From(s.PartColour("helmet", Headgear is Headgear.Kabuto ? Clothes.Colour : Metal.Colour))
            : Headgear is Headgear.Hood ? Ramp.From(s.PartColour("hood", role.HeadgearColour ?? Clothes.Colour))
            : Headgear is Headgear.Crown or Headgear.Tiara ? s.MaterialOr(SpriteSketch.Gold)
            : Ramp.From(s.PartColour("hat", role.HeadgearColour ?? Clothes.Colour));
        EyeGlow = s.Spec.PartColours.TryGetValue("eyes", out var eyes) ? s.PartColour("eyes", eyes)
            : Has("glow") ? Species.EyeGlow ?? new Hsv(185, 0.7, 1)
            : Species.EyeGlow;
    }

    public SpriteSketch Sketch { get; }

    public PixelCanvas Canvas => Sketch.Canvas;

    public Role Role { get; }

    public Species Species { get; }

    public Body Body { get; }

    public Outfit Outfit { get; }

    public Headgear Headgear { get; }

    public Hair HairStyle { get; }

    public Beard BeardStyle { get; }

    public string? Held { get; }

    public bool Shield { get; }

    public Ramp Clothes { get; }

    public Ramp Trim { get; }

    public Ramp Cape { get; }

    public Ramp Skin { get; }

    public Ramp Hair { get; }

    public Ramp Beard { get; }

    public Ramp Boots { get; }

    public Ramp Legs { get; }

    /// <summary>Armour and helmets: the prompt's material or armour colour, otherwise steel.</summary>
    public Ramp Metal { get; }

    /// <summary>Blades and tool heads: the prompt's material, otherwise steel.</summary>
    public Ramp Blade { get; }

    public Ramp Gold { get; }

    public Ramp Hat { get; }

    /// <summary>Eyes that glow (undead, "glowing eyes", "red eyes"); null for ordinary eyes.</summary>
    public Hsv? EyeGlow { get; }

    public bool Has(string detail) => _details.Contains(detail);

    private static string OutfitPart(Outfit outfit) => outfit switch
    {
        Outfit.Armour => "armour",
        Outfit.Robe => "robe",
        Outfit.Dress => "dress",
        _ => "shirt",
    };
}

/// <summary>
/// The humanoid body plan: a chibi, front-facing figure assembled back to front from a role's parts — wings and cape,
/// body and outfit, head, hair and beard, headgear, face, then what the hands hold.
/// </summary>
internal static class Humanoid
{
    private static readonly Ramp RedNose = Ramp.From(new Hsv(0, 0.8, 0.9));
    private static readonly Ramp DarkHorn = Ramp.From(new Hsv(10, 0.35, 0.35));

    public static void Draw(SpriteSketch s, Role role)
    {
        var look = new Look(s, role);
        Behind(look);
        Outfits.Draw(look);
        Headgears.DrawBehind(look);
        Head(look);
        Headgears.Draw(look);
        Face(look);
        HeadExtras(look);
        HeldItems.Draw(look);
    }

    private static void Behind(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        if (look.Has("wings"))
            Wings(look);
        if (look.Has("tail"))
            Tail(look);
        if (look.Has("cape"))
            c.FillCentred(new Polygon((-b.TorsoHalf - 0.6, b.ShoulderY), (b.TorsoHalf + 0.6, b.ShoulderY), (b.TorsoHalf + 3.2, b.FootY - 1.2), (-b.TorsoHalf - 3.2, b.FootY - 1.2)), look.Cape, Shading.Bevel);
        if (look.Has("backpack"))
            c.FillCentred(new Box(-b.TorsoHalf - 4, b.ShoulderY + 1, b.TorsoHalf + 4, b.HipY - 2), look.Outfit is Outfit.Spacesuit ? look.Clothes : SpriteSketch.Leather, Shading.Bevel);
        if (look.Held is "bow" or "crossbow")
        {
            // A quiver over the left shoulder, fletchings showing.
            c.Fill(new Capsule(-b.TorsoHalf + 0.5, b.ShoulderY + 5, -b.TorsoHalf - 1.8, b.ShoulderY - 2, 1.2), SpriteSketch.Leather, Shading.Cylinder);
            c.Fill(new Polygon((-b.TorsoHalf - 3.4, b.ShoulderY - 2.4), (-b.TorsoHalf - 1, b.ShoulderY - 2.8), (-b.TorsoHalf - 2.6, b.ShoulderY - 5.2)), Ramp.From(new Hsv(2, 0.7, 0.8)), Shading.Bevel);
        }
        if (look.Has("sheath"))
            c.Fill(new Capsule(-b.TorsoHalf - 0.4, b.ShoulderY - 4, b.TorsoHalf - 1, b.HipY - 1, 0.7), SpriteSketch.Ink, Shading.Cylinder);
        if (look.HairStyle is Hair.Long && !Headgears.HidesHair(look.Headgear))
            c.FillCentred(new Union(new Ellipse(0, b.HeadY, b.HeadRx + 0.9, b.HeadRy + 0.6), new Box(-b.HeadRx - 0.9, b.HeadY, b.HeadRx + 0.9, b.HeadY + b.HeadRy + 5)), look.Hair, Shading.Bevel);
        if (look.Has("cape") && look.Role.Details.Contains("collar"))
            c.FillPair(new Polygon((-b.TorsoHalf + 0.5, b.ShoulderY + 1.5), (-b.HeadRx - 2.6, b.HeadY - 1), (-b.TorsoHalf - 3, b.ShoulderY + 2.5)), look.Cape, Shading.Bevel);
    }

    private static void Wings(Look look)
    {
        var (s, c, b) = (look.Sketch, look.Canvas, look.Body);
        var y = b.ShoulderY;
        switch (look.Role.Wings)
        {
            case WingStyle.Fairy:
                var gauze = Ramp.From(s.PartColour("wings", new Hsv(190, 0.28, 0.98)));
                c.FillPair(new Ellipse(-8.8, y - 2.5, 5.2, 4.2), gauze, Shading.Sphere);
                c.FillPair(new Ellipse(-8, y + 4.2, 3.6, 3), gauze, Shading.Sphere, separate: true);
                break;
            case WingStyle.Bat:
                var membrane = Ramp.From(s.PartColour("wings", look.Skin.Colour.With(value: look.Skin.Colour.Value * 0.7)));
                c.FillPair(new Polygon((-3, y + 2), (-9, y - 5), (-15, y - 6.5), (-14.5, y + 3), (-12.5, y + 1.5), (-10.5, y + 5), (-8, y + 3), (-5, y + 7)), membrane, Shading.Bevel);
                break;
            default:
                var feathers = Ramp.From(s.PartColour("wings", new Hsv(45, 0.06, 0.98)));
                var wing = new Polygon((-3, y + 3), (-8, y - 4.5), (-13.5, y - 7), (-15, y - 2), (-14, y + 3), (-11.5, y + 7), (-8, y + 9), (-5, y + 8));
                c.FillPair(wing, feathers, Shading.Sphere);
                foreach (var row in new[] { 0.0, 3.5 })
                    c.FillPair(new Box(-14.5, y + row, -7, y + row + 0.6).Within(wing), feathers, Shading.Flat(Tone.Shadow));
                break;
        }
    }

    private static void Tail(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        if (look.Species.Snout)
        {
            c.Fill(new Capsule(b.TorsoHalf - 1, b.HipY, b.TorsoHalf + 5.5, b.HipY - 4, 2), look.Skin, Shading.Sphere);
            return;
        }
        var y = b.HipY;
        c.Fill(new Union(new Capsule(2, y - 1, 10, y + 2.5, 0.7), new Capsule(10, y + 2.5, 12, y - 3, 0.7)), look.Skin, Shading.Cylinder);
        c.Fill(new Polygon((10.4, y - 3), (13.6, y - 3.4), (12.3, y - 6.2)), look.Skin, Shading.Bevel);
    }

    private static void Head(Look look)
    {
        var (c, b, species) = (look.Canvas, look.Body, look.Species);
        var (hx, hy) = (b.HeadRx, b.HeadY);
        switch (species.Ears)
        {
            case Ears.Pointy:
                c.FillPair(new Polygon((-hx + 1.2, hy - 0.5), (-hx + 0.8, hy + 2.2), (-hx - 3.6, hy - 3.4)), look.Skin, Shading.Bevel);
                break;
            case Ears.Big:
                c.FillPair(new Polygon((-hx + 1.2, hy - 2), (-hx + 1.2, hy + 2.6), (-hx - 5.4, hy - 2.8)), look.Skin, Shading.Bevel);
                c.FillPair(new Polygon((-hx + 0.4, hy - 1), (-hx + 0.4, hy + 1.2), (-hx - 3, hy - 1.8)), look.Skin, Shading.Flat(Tone.Shadow));
                break;
            case Ears.Wolf:
                c.FillPair(new Polygon((-hx + 0.6, hy - 1.5), (-2, hy - b.HeadRy + 0.8), (-hx + 0.2, hy - b.HeadRy - 4.2)), look.Skin, Shading.Bevel);
                break;
        }
        c.FillCentred(new Ellipse(0, hy, hx, b.HeadRy), look.Skin, Shading.Sphere, separate: true);
        if (species.Snout)
        {
            c.FillCentred(new Ellipse(0, hy + 3, 3.2, 2.4), Ramp.From(look.Skin.Colour.With(saturation: look.Skin.Colour.Saturation * 0.6, value: look.Skin.Colour.Value + 0.15)), Shading.Sphere, separate: true);
            c.FillCentred(new Ellipse(0, hy + 1.7, 1.3, 0.9), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        }
        if (species.Stitches)
            c.FillCentred(new Box(-hx + 1.5, b.HeadTop + 2.3, hx - 1.5, b.HeadTop + 2.9), look.Skin, Shading.Flat(Tone.Outline));
        if (look.Headgear is Headgear.BandageWrap || look.Outfit is Outfit.Bandages)
        {
            foreach (var row in new[] { -3.0, 0.2, 3.4 })
                c.FillCentred(new Box(-hx, hy + row, hx, hy + row + 0.6).Within(new Ellipse(0, hy, hx, b.HeadRy)), look.Skin, Shading.Flat(Tone.Shadow));
        }
        Hairdo(look);
        if (look.Has("horns"))
        {
            // A demon's own horns are dark; horns a prompt adds to anyone else are bone.
            var horn = look.Role.Details.Contains("horns") ? DarkHorn : SpriteSketch.Bone;
            c.FillPair(new Polygon((-hx + 1.6, b.HeadTop + 2.4), (-hx + 4.4, b.HeadTop + 0.6), (-hx - 1.4, b.HeadTop - 4.4)), horn, Shading.Sphere);
        }
        Facial(look);
    }

    private static void Hairdo(Look look)
    {
        var (s, c, b) = (look.Sketch, look.Canvas, look.Body);
        if (look.HairStyle is Hair.Bald || Headgears.HidesHair(look.Headgear))
            return;
        var (hx, hy) = (b.HeadRx, b.HeadY);
        var below = new Box(-16, Headgears.HairLine(look.Headgear, b), 16, 32);
        IShape cap = new Ellipse(0, hy - 1.8, hx + 0.8, b.HeadRy + 0.9 - s.Random.Range(0, 1.2))
            .Minus(new Box(-hx + 1.4, hy - 0.8, hx - 1.4, 32))
            .Within(new Box(-16, 0, 16, hy + 3.5));
        switch (look.HairStyle)
        {
            case Hair.Spiky:
                var side = new Polygon((-hx + 0.1, hy - 4.5), (-hx + 3.6, hy - 7), (-hx - 0.9, b.HeadTop - 2));
                cap = cap.Or(new Polygon((-2, hy - 7), (2, hy - 7), (0, b.HeadTop - 3)), side, new Mirrored(side));
                break;
            case Hair.Long:
                cap = cap.Or(new Box(-hx - 0.9, hy - 2, -hx + 1.5, hy + b.HeadRy + 4), new Box(hx - 1.5, hy - 2, hx + 0.9, hy + b.HeadRy + 4));
                break;
            case Hair.Wild:
                cap = new Union(cap, Ellipse.Circle(-hx + 0.2, hy - 2.5, 3), Ellipse.Circle(hx - 0.2, hy - 2.5, 3), Ellipse.Circle(-3, b.HeadTop, 3), Ellipse.Circle(3, b.HeadTop, 3), Ellipse.Circle(0, b.HeadTop - 0.8, 3))
                    .Minus(new Box(-hx + 1.4, hy - 0.8, hx - 1.4, 32));
                break;
            case Hair.Slick:
                cap = cap.Or(new Polygon((-1.6, hy - 2), (1.6, hy - 2), (0, hy - 0.2)));
                break;
        }
        c.FillCentred(cap.Within(below), look.Hair, Shading.Sphere, separate: true);
    }

    private static void Facial(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var (hx, hy) = (b.HeadRx, b.HeadY);
        switch (look.BeardStyle)
        {
            case Beard.Full:
                c.FillCentred(new Polygon((-hx + 0.6, hy + 0.6), (-hx + 2.4, hy + 2.2), (hx - 2.4, hy + 2.2), (hx - 0.6, hy + 0.6), (hx - 0.8, hy + 4.5), (0, hy + b.HeadRy + 2.6), (-hx + 0.8, hy + 4.5)), look.Beard, Shading.Sphere, separate: true);
                break;
            case Beard.Long:
                c.FillCentred(new Polygon((-hx + 0.8, hy + 1), (hx - 0.8, hy + 1), (hx - 2.6, hy + 7.5), (0, hy + 10.6), (-hx + 2.6, hy + 7.5)), look.Beard, Shading.Sphere, separate: true);
                break;
            case Beard.Moustache:
                c.FillCentred(new Polygon((-3.2, hy + 3.6), (-0.4, hy + 2.4), (0.4, hy + 2.4), (3.2, hy + 3.6), (0, hy + 3.2)), look.Beard, Shading.Flat(Tone.Base));
                break;
        }
    }

    private static void Face(Look look)
    {
        var (s, c, b, species) = (look.Sketch, look.Canvas, look.Body, look.Species);
        if (Headgears.HidesFace(look.Headgear))
        {
            if (look.EyeGlow is not null || s.Mood == SpriteMood.Evil)
                s.Eyes(-3, b.HeadY - 0.2, EyeStyle.Glow, look.EyeGlow ?? new Hsv(4, 0.85, 1));
            return;
        }
        if (look.Has("mask"))
            c.FillCentred(new Box(-b.HeadRx + 0.4, b.EyeY - 1.7, b.HeadRx - 0.4, b.EyeY + 1.3).Within(new Ellipse(0, b.HeadY, b.HeadRx + 0.2, b.HeadRy)), Ramp.From(look.Role.Outfit is Outfit.Suit ? look.Trim.Colour : new Hsv(250, 0.3, 0.2)), Shading.Flat(Tone.Base));
        if (look.Has("glasses"))
            c.FillPair(Ellipse.Circle(b.EyeX, b.EyeY, 2.1).Minus(Ellipse.Circle(b.EyeX, b.EyeY, 1.3)), SpriteSketch.Ink, Shading.Flat(Tone.Base));

        var style = look.EyeGlow is not null ? (s.Mood == SpriteMood.Evil ? EyeStyle.Angry : EyeStyle.Glow)
            : species.Eyes ?? (s.Mood == SpriteMood.Neutral ? look.Role.Eyes : null);
        switch (s.Spec.EyeCount)
        {
            case 1:
                s.Eyes(0, b.EyeY, style, look.EyeGlow);
                break;
            case >= 3:
                s.Eyes(b.EyeX, b.EyeY, style, look.EyeGlow);
                s.Eyes(0, b.EyeY - 2.6, style, look.EyeGlow);
                break;
            default:
                s.Eyes(b.EyeX, b.EyeY, style, look.EyeGlow);
                break;
        }
        if (look.Has("eyepatch"))
        {
            c.Fill(new Capsule(-b.HeadRx + 0.3, b.HeadY - 3.2, b.HeadRx - 0.5, b.EyeY + 0.6, 0.35).Within(new Ellipse(0, b.HeadY, b.HeadRx, b.HeadRy)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
            c.Fill(Ellipse.Circle(-b.EyeX, b.EyeY, 1.8), SpriteSketch.Ink, Shading.Flat(Tone.Base));
        }
        if (look.Role.RedNose)
            c.FillCentred(Ellipse.Circle(0, b.HeadY + 2.4, 1.4), RedNose, Shading.Sphere);
        if (species.BigNose)
            c.FillCentred(new Ellipse(0, b.HeadY + 2.3, 1.5, 1.8), look.Skin, Shading.Sphere, separate: true);

        var mouthHidden = look.BeardStyle is Beard.Full or Beard.Long || Headgears.HidesMouth(look.Headgear) || species.Snout;
        var mouth = species.Skull ? MouthStyle.Fangs
            : species.Fangs ? MouthStyle.Fangs
            : s.Mood == SpriteMood.Neutral ? look.Role.Mouth
            : null;
        if (!mouthHidden && (mouth is not null || s.Mood != SpriteMood.Neutral))
            s.Mouth(b.HeadY + 3.6, mouth);
        if (species.Tusks)
            c.FillPair(new Polygon((-2.9, b.HeadY + 4.4), (-1.6, b.HeadY + 4.4), (-2.5, b.HeadY + 2.2)), SpriteSketch.Bone, Shading.Flat(Tone.Light));
        if (s.Mood == SpriteMood.Cute && !mouthHidden)
            s.Blush(b.EyeX - 1.5, b.EyeY + 2.5);
    }

    private static void HeadExtras(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        if (look.Species.Antenna)
        {
            c.FillPair(new Capsule(-2, b.HeadTop + 1, -3.6, b.HeadTop - 3, 0.5), look.Skin, Shading.Cylinder);
            c.FillPair(Ellipse.Circle(-3.8, b.HeadTop - 3.6, 1.2), look.Trim, Shading.Sphere);
        }
        if (look.Has("antlers"))
        {
            var antler = new Union(new Capsule(-2.6, b.HeadTop + 1, -5.2, b.HeadTop - 3.6, 0.6), new Capsule(-4.4, b.HeadTop - 2, -7.8, b.HeadTop - 3, 0.55), new Capsule(-5.2, b.HeadTop - 3.6, -4.4, b.HeadTop - 6.2, 0.55));
            c.FillPair(antler, SpriteSketch.Wood, Shading.Cylinder);
        }
        if (look.Has("halo"))
        {
            var y = Math.Max(2.4, b.HeadTop - 2.4);
            c.FillCentred(new Ellipse(0, y, 4.6, 1.5).Minus(new Ellipse(0, y, 3, 0.5)), look.Gold, Shading.Flat(Tone.Light));
        }
        if (look.Has("scarf"))
        {
            var scarf = Ramp.From(look.Sketch.SecondColour(new Hsv(2, 0.7, 0.78)));
            c.FillCentred(new Box(-b.TorsoHalf + 0.4, b.ShoulderY - 0.6, b.TorsoHalf - 0.4, b.ShoulderY + 1.4), scarf, Shading.Bevel, separate: true);
            c.Fill(new Box(b.TorsoHalf - 2.6, b.ShoulderY + 1, b.TorsoHalf - 0.9, b.ShoulderY + 5.4), scarf, Shading.Bevel, separate: true);
        }
    }
}
