namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>
/// Hats, helmets, hoods and crowns, placed from the head's position and size so one drawing fits every build.
/// At 32 px the headgear is what tells a pirate from a cowboy from a viking, so each keeps a silhouette of its own.
/// </summary>
internal static class Headgears
{
    private static readonly Ramp Plume = Ramp.From(new Hsv(0, 0.75, 0.82));
    private static readonly Ramp Fur = SpriteSketch.Cream;
    private static readonly Ramp Feather = Ramp.From(new Hsv(8, 0.72, 0.86));
    private static readonly Ramp Lamp = Ramp.From(new Hsv(52, 0.55, 1));

    /// <summary>The headgear the prompt asks for ("with a crown", "hooded"), or the role's own when it names none it lacks.</summary>
    public static Headgear FromDetails(SpriteSpec spec, Headgear role) =>
        spec.Has("crown") && role is not (Headgear.Crown or Headgear.Tiara) ? Headgear.Crown
        : spec.Has("helmet") && !IsHelmet(role) ? Headgear.PlumedHelm
        : spec.Has("hood") && role is not Headgear.Hood ? Headgear.Hood
        : spec.Has("hat") && role is Headgear.None or Headgear.Crown or Headgear.Tiara or Headgear.Headband ? Headgear.TopHat
        : role;

    public static bool IsHelmet(Headgear headgear) => headgear is Headgear.KnightHelm or Headgear.VikingHelm or Headgear.PlumedHelm
        or Headgear.WingedHelm or Headgear.Kabuto or Headgear.ArmyHelmet or Headgear.KettleHelm or Headgear.HardHat or Headgear.FireHelmet;

    public static bool HidesHair(Headgear headgear) => headgear is Headgear.KnightHelm or Headgear.NinjaWrap or Headgear.BandageWrap
        or Headgear.Hood or Headgear.Turban or Headgear.GnomeHat;

    public static bool HidesFace(Headgear headgear) => headgear is Headgear.KnightHelm;

    public static bool HidesMouth(Headgear headgear) => headgear is Headgear.NinjaWrap or Headgear.BandageWrap;

    /// <summary>Hair shows only below this line, so it never pokes out above a brim.</summary>
    public static double HairLine(Headgear headgear, Body b) => headgear switch
    {
        Headgear.None or Headgear.Crown or Headgear.Tiara or Headgear.Headband or Headgear.SpaceHelmet => 0,
        Headgear.Bandana or Headgear.Beanie => b.HeadY - 2.6,
        _ => BrimY(b) - 0.6,
    };

    /// <summary>Parts that sit behind the head: a helmet's glass bubble, a hood's lining and the mantle on the shoulders.</summary>
    public static void DrawBehind(Look look)
    {
        var (c, b) = (look.Canvas, look.Body);
        switch (look.Headgear)
        {
            case Headgear.SpaceHelmet:
                c.FillCentred(new Ellipse(0, b.HeadY + 0.4, b.HeadRx + 2.2, b.HeadRy + 2.2), SpriteSketch.Glass, Shading.Sphere);
                break;
            case Headgear.Hood:
                c.FillCentred(new Box(-b.TorsoHalf - 0.8, b.ShoulderY - 0.6, b.TorsoHalf + 0.8, b.ShoulderY + 2.8), look.Hat, Shading.Bevel, separate: true);
                c.FillCentred(HoodShape(b), look.Hat, Shading.Sphere, separate: true);
                break;
        }
    }

    public static void Draw(Look look) => Draw(look.Canvas, look.Sketch.Random, look.Headgear, look.Body, look.Hat, look.Trim, look.Gold);

    public static void Draw(PixelCanvas c, SpriteRandom r, Headgear headgear, Body b, Ramp hat, Ramp trim, Ramp gold)
    {
        var (hx, hy, top, brim) = (b.HeadRx, b.HeadY, b.HeadTop, BrimY(b));
        switch (headgear)
        {
            case Headgear.KnightHelm:
                switch (r.Next(3))
                {
                    case 0:
                        c.FillCentred(new Ellipse(0, top - 0.6, 2.2, 3.4), Plume, Shading.Sphere);
                        break;
                    case 1:
                        c.FillPair(new Polygon((-hx + 0.2, hy - 3), (-hx + 2.6, hy - 5), (-hx - 2.9, top - 3.5)), SpriteSketch.Bone, Shading.Sphere);
                        break;
                    default:
                        c.FillCentred(new Box(-1, top - 2.5, 1, top + 0.5), gold, Shading.Bevel);
                        break;
                }
                c.FillCentred(new Union(new Ellipse(0, hy - 0.5, hx + 0.4, b.HeadRy + 0.7), new Box(-hx - 0.4, hy - 0.5, hx + 0.4, hy + 5.2)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1, hy - 0.8, hx - 1, hy + 0.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                c.FillCentred(new Box(-0.8, hy + 0.6, 0.8, hy + 3.6), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                break;
            case Headgear.VikingHelm:
                c.FillPair(new Polygon((-hx + 1.4, hy - 4.2), (-hx + 1, hy - 1.6), (-hx - 3, hy - 4), (-hx - 3.8, top - 3.8), (-hx - 1.6, hy - 5.4)), SpriteSketch.Bone, Shading.Sphere);
                c.FillCentred(Dome(b, 0.6, -1.6), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx - 0.6, hy - 2.8, hx + 0.6, hy - 1.4), gold, Shading.Bevel);
                c.FillCentred(new Box(-0.7, hy - 1.6, 0.7, hy + 2), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.PlumedHelm:
                c.FillCentred(new Union(new Ellipse(0, top + 0.2, 1.8, 3.8), new Ellipse(0, top - 0.8, 4.2, 2.2)), trim.Colour.Saturation > 0.5 ? trim : Plume, Shading.Sphere);
                c.FillCentred(new Union(Dome(b, 0.7, -0.6), new Box(-hx - 0.7, hy - 1, hx + 0.7, hy + 3.6)).Minus(new Box(-hx + 1.8, hy - 1.4, hx - 1.8, 32)), hat, Shading.Sphere, separate: true);
                break;
            case Headgear.WingedHelm:
                c.FillPair(new Polygon((-hx + 0.6, hy - 2.4), (-hx - 4.2, top - 3.2), (-hx - 3, hy - 2.6), (-hx - 4.6, hy - 3), (-hx + 0.4, hy - 0.8)), Fur, Shading.Sphere);
                c.FillCentred(Dome(b, 0.6, -1.2), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx - 0.6, hy - 2.4, hx + 0.6, hy - 1), gold, Shading.Bevel);
                break;
            case Headgear.Kabuto:
                c.FillCentred(new Polygon((-hx - 0.4, hy - 2.4), (hx + 0.4, hy - 2.4), (hx + 3.4, hy + 2.6), (-hx - 3.4, hy + 2.6)).Minus(new Box(-hx + 1.2, hy - 1.4, hx - 1.2, 32)), hat, Shading.Bevel);
                c.FillCentred(Dome(b, 0.4, -1.6), hat, Shading.Sphere, separate: true);
                c.FillPair(new Polygon((-0.6, top + 1.4), (-1.6, top + 2.2), (-6.2, top - 3.6), (-5.2, top - 4.6)), gold, Shading.Bevel);
                c.FillCentred(Ellipse.Circle(0, top + 1.6, 1.4), gold, Shading.Sphere);
                break;
            case Headgear.ArmyHelmet:
                c.FillCentred(new Ellipse(0, hy - 1.2, hx + 1.3, b.HeadRy + 0.6).Within(new Box(-16, 0, 16, hy - 0.8)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Ellipse(0, hy - 1, hx + 1.9, 1), hat, Shading.Flat(Tone.Shadow));
                break;
            case Headgear.KettleHelm:
                c.FillCentred(Dome(b, 0.2, -1.6), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Ellipse(0, brim + 0.2, hx + 3.4, 1.3), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.SpaceHelmet:
                c.FillCentred(new Ellipse(0, hy + 0.4, hx + 2.2, b.HeadRy + 2.2).Minus(new Ellipse(0, hy + 0.4, hx + 1.3, b.HeadRy + 1.3)).Within(new Box(-16, hy - 1, 16, 32)), hat, Shading.Bevel);
                c.FillCentred(new Box(-hx - 0.6, hy + b.HeadRy + 1.2, hx + 0.6, hy + b.HeadRy + 2.8), hat, Shading.Bevel, separate: true);
                c.Fill(new Ellipse(-hx + 0.2, top - 0.3, 1.6, 1), SpriteSketch.Glass, Shading.Flat(Tone.Highlight));
                break;
            case Headgear.HardHat:
            case Headgear.FireHelmet:
                var fire = headgear is Headgear.FireHelmet;
                c.FillCentred(new Ellipse(0, brim + 0.1, hx + (fire ? 3 : 1.8), 1.1), hat, Shading.Bevel);
                c.FillCentred(Dome(b, 0.6, -1.6), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-0.7, top - 0.6, 0.7, brim - 0.4), hat, Shading.Flat(Tone.Light));
                if (fire)
                    c.FillCentred(new Polygon((-2, brim - 4.8), (2, brim - 4.8), (2, brim - 2.4), (0, brim - 0.8), (-2, brim - 2.4)), gold, Shading.Bevel, separate: true);
                else
                    c.FillCentred(new Ellipse(0, brim - 2.6, 1.7, 1.5), Lamp, Shading.Sphere, separate: true);
                break;
            case Headgear.WizardHat:
                var height = r.Range(7.5, 9.5);
                var cone = new Polygon((-6, brim), (6, brim), (0, brim - height));
                c.FillCentred(cone, hat, Shading.Sphere);
                c.FillCentred(new Box(-6, brim - 2.5, 6, brim - 1).Within(cone), trim, Shading.Flat(Tone.Base));
                c.FillCentred(new Ellipse(0, brim + 0.1, 10, 1.9), hat, Shading.Bevel, separate: true);
                c.Fill(Ellipse.Circle(-2, brim - (height * 0.45), 0.8), trim, Shading.Flat(Tone.Highlight));
                break;
            case Headgear.WitchHat:
                var bent = new Polygon((-5.2, brim), (5.2, brim), (2.4, brim - 5.6), (6.4, brim - 8.6), (-0.6, brim - 6.8));
                c.FillCentred(new Ellipse(0, brim + 0.1, 10.5, 1.8), hat, Shading.Bevel);
                c.Fill(bent, hat, Shading.Sphere, separate: true);
                c.Fill(new Box(-6, brim - 2.2, 6, brim - 0.9).Within(bent), trim, Shading.Flat(Tone.Base));
                break;
            case Headgear.GnomeHat:
                c.FillCentred(new Polygon((-hx - 0.6, hy - 0.4), (hx + 0.6, hy - 0.4), (0.8, 2.8), (0, 1.2), (-0.8, 2.8)), hat, Shading.Sphere, separate: true);
                break;
            case Headgear.SantaHat:
                c.Fill(new Polygon((-hx + 0.4, brim), (hx - 0.4, brim), (hx + 1.6, top + 1.2), (hx + 3.6, top + 4.2), (1, top - 2.6), (-2.6, top - 2.4)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Union(new Box(-hx - 0.2, brim - 1, hx + 0.2, brim + 0.8), Ellipse.Circle(-hx - 0.2, brim - 0.1, 0.9)), Fur, Shading.Bevel, separate: true);
                c.Fill(Ellipse.Circle(hx + 3.6, top + 4.6, 1.8), Fur, Shading.Sphere);
                break;
            case Headgear.JesterHat:
                var point = new Polygon((-1, brim - 1.6), (-hx + 0.5, brim - 0.4), (-hx - 4.2, top + 1.6), (-hx - 2, top - 1.4));
                c.Fill(point, hat, Shading.Sphere, separate: true);
                c.Fill(new Mirrored(point), trim, Shading.Sphere, separate: true);
                c.FillCentred(new Ellipse(0, brim - 2.4, 3.4, 3.2), hat, Shading.Sphere, separate: true);
                c.FillPair(Ellipse.Circle(-hx - 4.2, top + 2, 1.3), gold, Shading.Sphere);
                c.FillCentred(new Box(-hx - 0.2, brim - 1.2, hx + 0.2, brim + 0.6), gold, Shading.Bevel, separate: true);
                break;
            case Headgear.Crown:
                var crownBase = top + 0.8;
                c.FillCentred(new Union(new Box(-hx + 1.2, crownBase - 2.2, hx - 1.2, crownBase), new Polygon((-hx + 1.2, crownBase - 2), (-hx + 1.2, crownBase - 5), (-hx + 3.4, crownBase - 2)), new Polygon((-1.3, crownBase - 2), (0, crownBase - 5.2), (1.3, crownBase - 2)), new Polygon((hx - 1.2, crownBase - 2), (hx - 1.2, crownBase - 5), (hx - 3.4, crownBase - 2))), hat, Shading.Bevel, separate: true);
                c.FillCentred(Ellipse.Circle(0, crownBase - 1.1, 0.8), Plume, Shading.Flat(Tone.Light));
                break;
            case Headgear.Tiara:
                c.FillCentred(new Union(new Box(-hx + 2, top + 1.2, hx - 2, top + 2.2), new Polygon((-1.8, top + 1.4), (0, top - 1.8), (1.8, top + 1.4))), hat, Shading.Bevel, separate: true);
                c.FillCentred(Ellipse.Circle(0, top + 0.6, 0.7), Ramp.From(new Hsv(320, 0.5, 0.95)), Shading.Flat(Tone.Light));
                break;
            case Headgear.Hood:
                c.FillCentred(HoodShape(b).Minus(new Ellipse(0, hy + 1.4, hx - 0.9, b.HeadRy - 0.4)), hat, Shading.Sphere, separate: true);
                break;
            case Headgear.CowboyHat:
                c.FillCentred(new Polygon((-hx + 1.4, brim), (-hx + 1.2, brim - 4.6), (-2, brim - 5.4), (0, brim - 4.4), (2, brim - 5.4), (hx - 1.2, brim - 4.6), (hx - 1.4, brim)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1.2, brim - 1.6, hx - 1.2, brim - 0.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                c.FillCentred(new Union(new Ellipse(0, brim + 0.2, hx + 3.6, 1.4), new Polygon((-hx - 2.8, brim + 0.6), (-hx - 5.2, brim - 2.8), (-hx - 4.4, brim - 0.2))), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.StrawHat:
                c.FillCentred(new Ellipse(0, brim - 0.4, hx - 1.4, 3.4).Within(new Box(-16, 0, 16, brim)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1.4, brim - 1.6, hx - 1.4, brim - 0.5), Plume, Shading.Flat(Tone.Base));
                c.FillCentred(new Ellipse(0, brim + 0.2, hx + 5.2, 1.4), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.Fedora:
                c.FillCentred(new Polygon((-hx + 1.6, brim), (-hx + 2, brim - 4.4), (-1, brim - 5), (0, brim - 4.2), (1, brim - 5), (hx - 2, brim - 4.4), (hx - 1.6, brim)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1.6, brim - 1.6, hx - 1.6, brim - 0.5), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                c.FillCentred(new Ellipse(0, brim + 0.1, hx + 2.4, 1.2), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.TopHat:
                c.FillCentred(new Box(-hx + 2, brim - 7.4, hx - 2, brim), hat, Shading.Cylinder, separate: true);
                c.FillCentred(new Box(-hx + 2, brim - 2.2, hx - 2, brim - 0.9), trim, Shading.Flat(Tone.Base));
                c.FillCentred(new Ellipse(0, brim + 0.1, hx + 1.8, 1.1), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.Toque:
                c.FillCentred(new Union(Ellipse.Circle(-2.8, brim - 6, 3), Ellipse.Circle(2.8, brim - 6, 3), Ellipse.Circle(0, brim - 7.4, 3.3), new Box(-hx + 1.4, brim - 6, hx - 1.4, brim)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1, brim - 2, hx - 1, brim + 0.6), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.Tricorn:
                c.FillCentred(new Ellipse(0, brim - 2.6, hx - 1.2, 3.2), hat, Shading.Sphere, separate: true);
                var tricorn = new Polygon((-hx - 3.4, brim - 0.4), (-hx - 1.2, brim - 4.8), (0, brim - 3.4), (hx + 1.2, brim - 4.8), (hx + 3.4, brim - 0.4), (0, brim + 1.2));
                c.FillCentred(tricorn, hat, Shading.Bevel, separate: true);
                c.FillCentred(new Polygon((-hx - 3.4, brim - 0.4), (-hx - 1.2, brim - 4.8), (0, brim - 3.4), (hx + 1.2, brim - 4.8), (hx + 3.4, brim - 0.4), (hx + 2.6, brim - 0.6), (hx + 1, brim - 3.8), (0, brim - 2.4), (-hx - 1, brim - 3.8), (-hx - 2.6, brim - 0.6)), gold, Shading.Flat(Tone.Base));
                c.FillCentred(Ellipse.Circle(0, brim - 1.2, 1.2), SpriteSketch.Bone, Shading.Flat(Tone.Light));
                break;
            case Headgear.PeakedCap:
                c.FillCentred(new Ellipse(0, brim - 2.8, hx + 1.2, 2.4), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 0.4, brim - 1.6, hx - 0.4, brim), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                c.FillCentred(new Ellipse(0, brim + 0.3, hx - 1.2, 0.9), SpriteSketch.Ink, Shading.Flat(Tone.Light));
                c.FillCentred(new Ellipse(0, brim - 3, 1.2, 1.2), gold, Shading.Sphere);
                break;
            case Headgear.SailorCap:
                c.FillCentred(new Ellipse(0, brim - 1.8, hx - 0.6, 2.6).Within(new Box(-16, 0, 16, brim)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 0.2, brim - 1.4, hx - 0.2, brim + 0.4), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.FeatheredCap:
                c.Fill(new Capsule(1, brim - 2.4, hx + 3, top - 4.2, 0.9), trim.Colour.Saturation > 0.4 ? trim : Feather, Shading.Cylinder);
                c.FillCentred(new Ellipse(0, brim - 1.8, hx + 1.6, 2.6).Within(new Box(-16, 0, 16, brim + 0.4)), hat, Shading.Sphere, separate: true);
                break;
            case Headgear.Beanie:
                c.FillCentred(new Ellipse(0, hy - 1.6, hx + 0.5, b.HeadRy + 0.4).Within(new Box(-16, 0, 16, hy - 1.4)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx - 0.5, hy - 3, hx + 0.5, hy - 1.2), hat, Shading.Flat(Tone.Shadow));
                break;
            case Headgear.Bandana:
                c.FillCentred(new Ellipse(0, hy - 1.4, hx + 0.5, b.HeadRy + 0.3).Within(new Box(-16, 0, 16, hy - 1.4)), hat, Shading.Sphere, separate: true);
                c.Fill(new Polygon((hx - 0.4, hy - 2.6), (hx + 3.2, hy - 1.2), (hx + 2.4, hy + 1.8), (hx + 0.6, hy - 0.8)), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.Headband:
                c.FillCentred(new Box(-hx - 0.2, hy - 3.2, hx + 0.2, hy - 1.8).Within(new Ellipse(0, hy, hx + 0.3, b.HeadRy + 0.3)), hat, Shading.Bevel);
                c.Fill(new Polygon((hx - 0.4, hy - 3), (hx + 3, hy - 1.6), (hx + 2.2, hy + 0.6)), hat, Shading.Bevel, separate: true);
                break;
            case Headgear.NinjaWrap:
                c.Fill(new Polygon((hx - 0.4, hy - 2.8), (hx + 4, hy - 0.6), (hx + 3.4, hy + 2.4), (hx + 0.2, hy - 0.8)), hat, Shading.Bevel);
                c.FillCentred(new Ellipse(0, hy - 0.2, hx + 0.5, b.HeadRy + 0.6), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx + 1.2, hy - 0.6, hx - 1.2, hy + 2.4).Within(new Ellipse(0, hy, hx - 0.6, b.HeadRy)), SpriteSketch.Cream, Shading.Flat(Tone.Base), separate: true);
                break;
            case Headgear.BandageWrap:
                c.FillCentred(new Box(-hx + 1.2, hy - 0.4, hx - 1.2, hy + 2.2).Within(new Ellipse(0, hy, hx - 0.6, b.HeadRy)), SpriteSketch.Ink, Shading.Flat(Tone.Base));
                break;
            case Headgear.Turban:
                c.FillCentred(new Union(new Ellipse(0, top + 1.6, hx + 1, 3.6), new Ellipse(0, top - 0.6, hx - 1.2, 3)), hat, Shading.Sphere, separate: true);
                c.FillCentred(new Box(-hx, top + 1.2, hx, top + 1.9).Within(new Ellipse(0, top + 1.6, hx + 1, 3.6)), hat, Shading.Flat(Tone.Shadow));
                c.FillCentred(Ellipse.Circle(0, top + 2, 1.1), gold, Shading.Sphere);
                break;
        }
    }

    private static double BrimY(Body b) => b.HeadY - 1.6;

    /// <summary>A helmet's dome over the skull down to <paramref name="down"/> below the head's centre.</summary>
    private static IShape Dome(Body b, double grow, double down) =>
        new Ellipse(0, b.HeadY - 0.4, b.HeadRx + grow, b.HeadRy + grow).Within(new Box(-16, 0, 16, b.HeadY + down));

    private static IShape HoodShape(Body b) =>
        new Union(new Ellipse(0, b.HeadY - 0.2, b.HeadRx + 1.4, b.HeadRy + 1.5), new Polygon((-3, b.HeadTop + 0.5), (3, b.HeadTop + 0.5), (0, b.HeadTop - 3.2)));
}
