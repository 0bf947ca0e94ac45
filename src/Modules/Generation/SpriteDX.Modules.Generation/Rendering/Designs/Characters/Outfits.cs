namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>Legs, torso, arms and hands as the outfit dresses them; the outfit takes the prompt's main colour.</summary>
internal static class Outfits
{
    private static readonly Ramp Straw = Ramp.From(new Hsv(46, 0.6, 0.86));
    private static readonly Ramp Belt = SpriteSketch.Leather;

    public static void Draw(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var o = look.Outfit;
        var t = b.TorsoHalf;
        var bareArms = o is Outfit.Pelt or Outfit.MermaidTail or Outfit.Dress;
        var sleeves = o switch
        {
            Outfit.Armour => look.Metal,
            Outfit.Overalls => look.Trim,
            Outfit.Bandages => look.Skin,
            _ when bareArms => look.Skin,
            _ => look.Clothes,
        };
        var hands = o switch
        {
            Outfit.Armour or Outfit.Spacesuit => o is Outfit.Armour ? SpriteSketch.Leather : look.Clothes,
            Outfit.Wrap => look.Clothes,
            _ => look.Skin,
        };

        Legs(look);
        if (o is Outfit.Robe)
        {
            Robe(look);
            return;
        }
        if (look.Role.ArmsOutstretched)
        {
            c.FillPair(new Capsule(-t, b.ShoulderY + 1.6, -t - 7.4, b.ShoulderY + 2.2, b.ArmRadius + 0.2), sleeves, Shading.Cylinder);
            c.FillPair(new Polygon((-t - 7.4, b.ShoulderY + 0.4), (-t - 10.6, b.ShoulderY - 0.6), (-t - 9.6, b.ShoulderY + 2.2), (-t - 10.8, b.ShoulderY + 4.6), (-t - 7.4, b.ShoulderY + 4)), Straw, Shading.Bevel);
        }
        else
        {
            var armRadius = o is Outfit.Spacesuit ? b.ArmRadius + 0.5 : b.ArmRadius;
            c.FillPair(new Capsule(-t - 1.4, b.ShoulderY + 1.5, -t - 2.1, b.HandY - 1.4, armRadius), sleeves, Shading.Cylinder);
            c.FillPair(Ellipse.Circle(-b.HandX, b.HandY, b.ArmRadius + 0.1), hands, Shading.Sphere);
        }

        switch (o)
        {
            case Outfit.Armour:
                c.FillCentred(new Box(-t - 1, b.ShoulderY + 0.5, t + 1, b.HipY + 1), look.Metal, Shading.Bevel, separate: true);
                c.FillCentred(new Polygon((-t + 1, b.ShoulderY + 0.5), (t - 1, b.ShoulderY + 0.5), (t - 1, b.HipY + 1.9), (0, b.HipY + 3.4), (-t + 1, b.HipY + 1.9)), look.Clothes, Shading.Bevel);
                c.FillCentred(new Box(-t - 1, b.HipY - 0.4, t + 1, b.HipY + 0.8), Belt, Shading.Flat(Tone.Base));
                c.FillPair(new Ellipse(-t - 2.2, b.ShoulderY + 1.7, 3.2, 2.6), look.Metal, Shading.Sphere, separate: true);
                break;
            case Outfit.Dress:
                c.FillCentred(new Polygon((-t + 0.6, b.HipY - 3.6), (t - 0.6, b.HipY - 3.6), (t + 4, b.FootY - 0.8), (-t - 4, b.FootY - 0.8)), look.Clothes, Shading.Cylinder, separate: true);
                c.FillCentred(new Box(-t - 5, b.FootY - 2.2, t + 5, b.FootY - 0.8).Within(new Polygon((-t + 0.6, b.HipY - 3.6), (t - 0.6, b.HipY - 3.6), (t + 4, b.FootY - 0.8), (-t - 4, b.FootY - 0.8))), look.Trim, Shading.Flat(Tone.Base));
                c.FillCentred(new Box(-t + 0.8, b.ShoulderY, t - 0.8, b.HipY - 3.2), look.Clothes, Shading.Bevel, separate: true);
                c.FillPair(Ellipse.Circle(-t - 0.6, b.ShoulderY + 1.2, 1.8), look.Clothes, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-t + 0.8, b.HipY - 4.4, t - 0.8, b.HipY - 3.4), look.Trim, Shading.Flat(Tone.Light));
                break;
            case Outfit.Coat:
                c.FillCentred(new Polygon((-t - 0.4, b.ShoulderY), (t + 0.4, b.ShoulderY), (t + 1.8, b.FootY - 2.8), (-t - 1.8, b.FootY - 2.8)), look.Clothes, Shading.Bevel, separate: true);
                c.FillCentred(new Polygon((-1.6, b.ShoulderY), (1.6, b.ShoulderY), (0.6, b.HipY - 1), (-0.6, b.HipY - 1)), look.Trim, Shading.Flat(Tone.Light));
                c.FillCentred(new Box(-0.3, b.HipY - 1, 0.3, b.FootY - 2.8), look.Clothes, Shading.Flat(Tone.Outline));
                break;
            case Outfit.Spacesuit:
                c.FillCentred(new Box(-t - 1, b.ShoulderY, t + 1, b.HipY + 0.6), look.Clothes, Shading.Bevel, separate: true);
                c.FillCentred(new Box(-2.6, b.ShoulderY + 2.4, 2.6, b.ShoulderY + 5.6), look.Trim, Shading.Bevel, separate: true);
                c.Fill(Ellipse.Circle(-1.2, b.ShoulderY + 4, 0.7), Ramp.From(new Hsv(0, 0.8, 0.9)), Shading.Flat(Tone.Base));
                break;
            case Outfit.Pelt:
                c.FillCentred(new Box(-t, b.ShoulderY, t, b.HipY), look.Skin, Shading.Bevel, separate: true);
                c.Fill(new Polygon((-t, b.ShoulderY), (-t + 3.2, b.ShoulderY), (t, b.HipY - 3), (t, b.HipY), (-t, b.HipY)), look.Clothes, Shading.Bevel, separate: true);
                c.FillCentred(new Polygon((-t - 0.4, b.HipY - 1.2), (t + 0.4, b.HipY - 1.2), (t + 0.4, b.HipY + 2.2), (2, b.HipY + 3.4), (0, b.HipY + 2.2), (-2, b.HipY + 3.4), (-t - 0.4, b.HipY + 2.2)), look.Clothes, Shading.Bevel, separate: true);
                break;
            case Outfit.MermaidTail:
                c.FillCentred(new Box(-t + 0.4, b.ShoulderY, t - 0.4, b.HipY), look.Skin, Shading.Bevel, separate: true);
                c.FillPair(Ellipse.Circle(-1.8, b.ShoulderY + 3, 1.6), look.Trim, Shading.Sphere, separate: true);
                break;
            default:
                var hem = o is Outfit.Apron or Outfit.Tunic or Outfit.Wrap ? b.HipY + 0.6 : b.HipY;
                IShape torso = o is Outfit.Rags
                    ? new Polygon((-t, b.ShoulderY), (t, b.ShoulderY), (t, hem + 1), (t - 1.8, hem - 0.6), (t - 3.4, hem + 1.4), (0, hem - 0.4), (-2, hem + 1.2), (-t + 1.4, hem - 0.4), (-t, hem + 1))
                    : new Box(-t, b.ShoulderY, t, hem);
                c.FillCentred(torso, o is Outfit.Overalls ? look.Trim : look.Clothes, Shading.Bevel, separate: true);
                Layer(look);
                break;
        }
        Emblem(look);
    }

    private static void Legs(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var o = look.Outfit;
        var legOuter = b.TorsoHalf * 0.76;
        switch (o)
        {
            case Outfit.Robe or Outfit.Dress:
                c.FillPair(new Box(-legOuter - 0.2, b.FootY - 2.4, -0.8, b.FootY), look.Boots, Shading.Bevel);
                return;
            case Outfit.MermaidTail:
                var tail = new Polygon((-b.TorsoHalf + 0.4, b.HipY - 1), (b.TorsoHalf - 0.4, b.HipY - 1), (b.TorsoHalf - 1, b.HipY + 3), (1.2, b.FootY - 3.2), (-1.2, b.FootY - 3.2), (-b.TorsoHalf + 1, b.HipY + 3));
                c.FillPair(new Polygon((0, b.FootY - 3.8), (-5.4, b.FootY - 0.6), (-4.2, b.FootY + 0.4), (0, b.FootY - 1.6)), look.Clothes, Shading.Bevel);
                c.FillCentred(tail, look.Clothes, Shading.Cylinder, separate: true);
                foreach (var row in new[] { 1.6, 4.0 })
                    c.FillCentred(new Box(-6, b.HipY + row, 6, b.HipY + row + 0.6).Within(tail), look.Clothes, Shading.Flat(Tone.Shadow));
                return;
        }
        var legs = o switch
        {
            Outfit.Armour => look.Metal,
            Outfit.Suit or Outfit.Wrap or Outfit.Spacesuit or Outfit.Overalls => look.Clothes,
            Outfit.Pelt or Outfit.Bandages => look.Skin,
            _ => look.Legs,
        };
        var extra = o is Outfit.Spacesuit ? 0.8 : 0;
        c.FillPair(new Box(-legOuter - extra, b.HipY - 0.6, -0.8, b.FootY - 2.2), legs, Shading.Bevel);
        var boots = o switch
        {
            Outfit.Spacesuit => look.Trim,
            Outfit.Suit when look.Role.Emblem is Characters.Emblem.Fur => SpriteSketch.Ink,
            Outfit.Suit => look.Trim,
            Outfit.Wrap => look.Clothes,
            Outfit.Bandages => look.Skin,
            _ => look.Boots,
        };
        c.FillPair(new Box(-legOuter - 0.6 - extra, b.FootY - 3, -0.6, b.FootY), boots, Shading.Bevel, separate: true);
    }

    private static void Robe(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var t = b.TorsoHalf;
        var robe = new Polygon((-t + 0.4, b.ShoulderY - 1), (t - 0.4, b.ShoulderY - 1), (t + 3.6, b.FootY), (-t - 3.6, b.FootY));
        c.FillPair(Ellipse.Circle(-b.HandX - 1.4, b.HandY, b.ArmRadius + 0.1), look.Skin, Shading.Sphere);
        c.FillCentred(robe, look.Clothes, Shading.Cylinder);
        c.FillCentred(new Box(-t - 4, b.FootY - 1.2, t + 4, b.FootY).Within(robe), look.Trim, Shading.Flat(Tone.Base));
        c.FillCentred(new Box(-t - 2, b.HipY - 2.6, t + 2, b.HipY - 1.4).Within(robe), look.Role.Emblem is Characters.Emblem.Sash ? look.Trim : Belt, Shading.Flat(Tone.Base));
        c.FillPair(new Polygon((-t + 0.8, b.ShoulderY - 0.5), (-b.HandX - 2.8, b.HandY - 0.5), (-b.HandX + 0.2, b.HandY + 1), (-t + 1.6, b.ShoulderY + 3)), look.Clothes, Shading.Bevel, separate: true);
        Emblem(look);
    }

    /// <summary>What goes over the shirt: an apron, overall bib, a belt, a sash.</summary>
    private static void Layer(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        var t = b.TorsoHalf;
        switch (look.Outfit)
        {
            case Outfit.Apron:
                c.FillCentred(new Box(-t + 1, b.ShoulderY + 2.2, t - 1, b.HipY + 3), look.Trim, Shading.Bevel, separate: true);
                c.FillCentred(new Box(-t, b.HipY - 2.6, t, b.HipY - 1.6), look.Trim, Shading.Flat(Tone.Shadow));
                break;
            case Outfit.Overalls:
                c.FillCentred(new Box(-t + 1, b.ShoulderY + 3, t - 1, b.HipY), look.Clothes, Shading.Bevel, separate: true);
                c.FillPair(new Box(-t + 1, b.ShoulderY, -t + 2, b.ShoulderY + 3), look.Clothes, Shading.Flat(Tone.Base));
                c.FillPair(Ellipse.Circle(-t + 1.6, b.ShoulderY + 3.6, 0.6), look.Gold, Shading.Flat(Tone.Light));
                break;
            case Outfit.Wrap:
                c.FillCentred(new Box(-t, b.HipY - 2.6, t, b.HipY - 1.2), look.Trim, Shading.Flat(Tone.Base));
                c.FillCentred(new Polygon((-t, b.ShoulderY), (-t + 2.2, b.ShoulderY), (0, b.ShoulderY + 3.5), (t - 2.2, b.ShoulderY), (t, b.ShoulderY), (0, b.ShoulderY + 5)), look.Clothes, Shading.Flat(Tone.Shadow));
                break;
            case Outfit.Bandages:
                foreach (var row in new[] { 1.5, 4.0, 6.5 })
                    c.FillCentred(new Box(-t, b.ShoulderY + row, t, b.ShoulderY + row + 0.6), look.Clothes, Shading.Flat(Tone.Shadow));
                break;
            case Outfit.Shirt or Outfit.Rags:
                c.FillCentred(new Polygon((-1.8, b.ShoulderY), (1.8, b.ShoulderY), (0, b.ShoulderY + 2.4)), look.Skin, Shading.Flat(Tone.Base));
                break;
            default:
                c.FillCentred(new Box(-t, b.HipY - 2.6, t, b.HipY - 1.3), look.Role.Emblem is Characters.Emblem.Fur ? SpriteSketch.Ink : Belt, Shading.Flat(Tone.Base));
                c.FillCentred(new Box(-1, b.HipY - 2.8, 1, b.HipY - 1.1), look.Gold, Shading.Flat(Tone.Light));
                break;
        }
    }

    private static void Emblem(Look look)
    {
        var (c, b, s) = (look.Canvas, look.Body, look.Sketch);
        var (t, y) = (b.TorsoHalf, b.ShoulderY);
        switch (look.Role.Emblem)
        {
            case Characters.Emblem.Cross:
                c.FillCentred(new Box(-0.9, y + 2.3, 0.9, y + 7.5), look.Trim, Shading.Flat(Tone.Light));
                c.FillCentred(new Box(-2.6, y + 3.7, 2.6, y + 5), look.Trim, Shading.Flat(Tone.Light));
                break;
            case Characters.Emblem.Badge:
                c.Fill(new Polygon((-t + 1.2, y + 2), (-t + 3.4, y + 2), (-t + 3.4, y + 3.8), (-t + 2.3, y + 4.8), (-t + 1.2, y + 3.8)), look.Gold, Shading.Bevel);
                break;
            case Characters.Emblem.Star:
                c.FillCentred(new Polygon((0, y + 1.6), (1, y + 3.4), (3, y + 3.6), (1.5, y + 5), (2, y + 7), (0, y + 6), (-2, y + 7), (-1.5, y + 5), (-3, y + 3.6), (-1, y + 3.4)), look.Trim, Shading.Bevel);
                break;
            case Characters.Emblem.Stripes:
                foreach (var row in new[] { 3.2, 5.4 })
                    c.FillCentred(new Box(-t, y + row, t, y + row + 1), SpriteSketch.Cream, Shading.Flat(Tone.Light));
                c.FillCentred(new Polygon((-t - 0.4, y - 0.4), (t + 0.4, y - 0.4), (t + 0.4, y + 1.6), (0, y + 3), (-t - 0.4, y + 1.6)), look.Trim, Shading.Flat(Tone.Base));
                break;
            case Characters.Emblem.Camo:
                foreach (var (x, dy, rx) in new[] { (-2.6, 2.4, 1.6), (2.2, 4.6, 1.8), (-1.2, 6.6, 1.4), (3.2, 1.4, 1.0) })
                    c.Fill(new Ellipse(x, y + dy, rx, 0.9), look.Clothes, Shading.Flat(Tone.Shadow));
                break;
            case Characters.Emblem.Diamonds:
                c.Fill(new Box(0, y, t, b.HipY), look.Trim, Shading.Bevel);
                c.FillCentred(new Polygon((0, y - 0.6), (t + 0.6, y + 1), (0, y + 2.6), (-t - 0.6, y + 1)), look.Gold, Shading.Bevel, separate: true);
                break;
            case Characters.Emblem.Buttons:
                foreach (var row in new[] { 2.4, 4.6, 6.8 })
                    c.FillCentred(Ellipse.Circle(0, y + row, 0.6), look.Gold, Shading.Flat(Tone.Light));
                break;
            case Characters.Emblem.Skull:
                c.FillCentred(new Ellipse(0, y + 4, 2, 1.8), SpriteSketch.Bone, Shading.Flat(Tone.Light));
                c.FillPair(Ellipse.Circle(-0.8, y + 4, 0.5), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                break;
            case Characters.Emblem.Fur:
                c.FillCentred(new Box(-1, y, 1, b.HipY), SpriteSketch.Cream, Shading.Flat(Tone.Light));
                c.FillCentred(new Box(-t - 0.4, b.HipY - 0.6, t + 0.4, b.HipY + 0.8), SpriteSketch.Cream, Shading.Bevel, separate: true);
                c.FillPair(new Box(-b.HandX - 1.4, b.HandY - 2.6, -b.HandX + 1.4, b.HandY - 1.4), SpriteSketch.Cream, Shading.Bevel, separate: true);
                break;
            case Characters.Emblem.Patches:
                c.Fill(new Box(1, y + 3, 3.2, y + 5.2), Ramp.From(s.SecondColour(new Hsv(28, 0.5, 0.6))), Shading.Bevel, separate: true);
                c.Fill(new Box(-3.4, y + 5.8, -1.6, y + 7.6), Ramp.From(new Hsv(200, 0.35, 0.55)), Shading.Bevel, separate: true);
                break;
            case Characters.Emblem.Sash when look.Outfit is not Outfit.Robe:
                c.Fill(new Polygon((-t, y), (-t + 2, y), (t, b.HipY - 2), (t, b.HipY)), look.Trim, Shading.Flat(Tone.Base));
                break;
            case Characters.Emblem.Tie:
                c.FillCentred(new Polygon((-0.6, y + 0.2), (0.6, y + 0.2), (1, y + 5.4), (0, y + 6.4), (-1, y + 5.4)), look.Trim, Shading.Flat(Tone.Base));
                break;
        }
        if (look.Has("cape"))
            c.FillPair(Ellipse.Circle(-t + 0.8, y + 0.8, 0.9), look.Gold, Shading.Flat(Tone.Light));
        if (look.Role.Details.Contains("ermine"))
            c.FillCentred(new Ellipse(0, y + 0.6, t + 1.8, 1.8), SpriteSketch.Cream, Shading.Bevel, separate: true);
        if (look.Role.Details.Contains("stethoscope"))
            c.FillCentred(new Ellipse(0, y + 1.5, 2.4, 2.8).Minus(new Ellipse(0, y + 1.2, 1.6, 2.1)).Within(new Box(-16, y + 0.5, 16, 32)), SpriteSketch.Ink, Shading.Flat(Tone.Light));
    }
}
