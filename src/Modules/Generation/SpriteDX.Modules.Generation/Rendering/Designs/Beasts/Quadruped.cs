namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

internal enum Feet { Paws, Hooves }

internal enum Ears { None, Pointed, Round, Floppy, Long, Side, Fan }

internal enum Snout { Muzzle, Disc, Beak, Trunk }

internal enum Tail { None, Stub, Thin, Tufted, Bushy, Curly, Flowing, Up, Reptile }

internal enum Headgear { None, Horn, GoatHorns, BullHorns, Antlers, Ossicones, Frill }

internal enum Mane { None, Horse, Lion, Bristles }

internal enum Markings { None, Stripes, Spots, Patches }

/// <summary>
/// A four-legged animal in profile, facing right, standing on the ground line. Every species is this plan with its own
/// proportions and parts: the body is a barrel with chest and haunch, the far legs are a shade darker and offset from the
/// near ones so all four read, the neck runs from withers to poll, and the head carries snout, ears, eye and headgear.
/// </summary>
internal sealed record Quadruped
{
    public const double Ground = 29.6;

    private static readonly Ramp Antler = Ramp.From(new Hsv(30, 0.35, 0.75));

    /// <summary>Unit directions around a circle (every 360/14 degrees), fixed so the mane is the same on every machine.</summary>
    private static readonly (double X, double Y)[] ManeOutline =
    [
        (1, 0), (0.901, 0.434), (0.623, 0.782), (0.223, 0.975), (-0.223, 0.975), (-0.623, 0.782), (-0.901, 0.434),
        (-1, 0), (-0.901, -0.434), (-0.623, -0.782), (-0.223, -0.975), (0.223, -0.975), (0.623, -0.782), (0.901, -0.434),
    ];

    public double BodyX { get; init; } = -2.5;
    public double BodyRx { get; init; } = 8;
    public double BodyRy { get; init; } = 4.5;

    /// <summary>From the underside of the body to the ground.</summary>
    public double LegLength { get; init; } = 8;
    public double LegRadius { get; init; } = 1.1;

    /// <summary>Where the legs stand, as a fraction of the body's half length from its centre.</summary>
    public double LegSpread { get; init; } = 0.62;
    public Feet Feet { get; init; }

    /// <summary>Dark lower legs (fox socks).</summary>
    public bool Socks { get; init; }

    /// <summary>The near front leg lifted and bent, a prancing pose.</summary>
    public bool Prancing { get; init; }

    public bool Neck { get; init; } = true;
    public double HeadX { get; init; } = 9;
    public double HeadY { get; init; } = 8;
    public double HeadRx { get; init; } = 3;
    public double HeadRy { get; init; } = 2.6;

    public Snout Snout { get; init; }

    /// <summary>Where the snout reaches from the head's centre.</summary>
    public double SnoutDx { get; init; } = 3.6;
    public double SnoutDy { get; init; } = 2.6;
    public double SnoutRadius { get; init; } = 1.6;

    /// <summary>The snout's end in the light colour (dog, fox, tiger muzzles).</summary>
    public bool LightMuzzle { get; init; }

    public Ears Ears { get; init; } = Ears.Pointed;
    public double EarSize { get; init; } = 2.6;
    public Tail Tail { get; init; } = Tail.Thin;
    public double TailLength { get; init; } = 8;
    public Headgear Headgear { get; init; }
    public Mane Mane { get; init; }
    public Markings Markings { get; init; }

    /// <summary>Lighter underside.</summary>
    public bool Belly { get; init; }

    /// <summary>A dark band across the eye.</summary>
    public bool Mask { get; init; }
    public bool Tusks { get; init; }
    public bool Beard { get; init; }
    public bool Wings { get; init; }
    public Hsv WingColour { get; init; } = new(210, 0.04, 0.97);
    public int Humps { get; init; }

    /// <summary>Prompt details every species honours the same way: wings, horns, antlers, spikes, armour, mane.</summary>
    public Quadruped WithDetails(SpriteSketch s) => this with
    {
        Wings = Wings || s.Spec.Has("wings"),
        Headgear = Headgear != Headgear.None ? Headgear
            : s.Spec.Has("antlers") ? Headgear.Antlers
            : s.Spec.Has("horns") ? Headgear.GoatHorns
            : Headgear.None,
        Mane = Mane == Mane.None && s.Spec.Has("mane") ? Mane.Horse : Mane == Mane.None && s.Spec.Has("spikes") ? Mane.Bristles : Mane,
        Tusks = Tusks || s.Spec.Has("tusks"),
        Tail = Tail == Tail.None && s.Spec.Has("tail") ? Tail.Thin : Tail,
    };

    /// <summary>Cute means chibi: a bigger head on shorter legs.</summary>
    public Quadruped ForMood(SpriteMood mood) => mood != SpriteMood.Cute ? this : this with
    {
        HeadRx = HeadRx * 1.25,
        HeadRy = HeadRy * 1.25,
        SnoutDx = SnoutDx * 0.8,
        LegLength = LegLength * 0.75,
        HeadY = HeadY + (LegLength * 0.2),
    };

    private double BodyY => Ground - LegLength - BodyRy;

    public void Draw(SpriteSketch s, BeastPaint p)
    {
        var c = s.Canvas;
        var bodyY = BodyY;
        IShape body = new Union(
            new Ellipse(BodyX, bodyY, BodyRx, BodyRy),
            new Ellipse(BodyX + (BodyRx * 0.55), bodyY + 0.2, BodyRx * 0.45, BodyRy * 1.02),
            new Ellipse(BodyX - (BodyRx * 0.6), bodyY - 0.1, BodyRx * 0.42, BodyRy * 0.98));
        var (frontX, backX) = (BodyX + (BodyRx * LegSpread), BodyX - (BodyRx * LegSpread));
        var neck = NeckShape(bodyY);

        if (Wings)
            Wing(s, bodyY, far: true);
        DrawTail(s, p, bodyY);
        Leg(s, p, frontX - 2.2, bodyY, far: true, bent: false);
        Leg(s, p, backX + 2.2, bodyY, far: true, bent: false);
        if (Humps > 0)
        {
            for (var i = 0; i < Humps; i++)
            {
                // One big hump or two smaller ones with a dip between, so dromedary and bactrian read apart.
                var x = Humps == 1 ? BodyX + 0.5 : BodyX - 3 + (i * 6);
                c.Fill(Humps == 1 ? new Ellipse(x, bodyY - BodyRy + 0.4, 3.8, 4.6) : new Ellipse(x, bodyY - BodyRy + 0.4, 2.4, 4.2), p.Fur, Shading.Sphere);
            }
        }
        c.Fill(body, p.Fur, Shading.Sphere, separate: true);
        if (Belly)
            c.Fill(new Ellipse(BodyX + 1, bodyY + (BodyRy * 0.9), BodyRx * 0.7, BodyRy * 0.35).Within(body), p.Light, Shading.Flat(Tone.Base));
        Mark(s, p, body, bodyY);
        Leg(s, p, frontX, bodyY, far: false, bent: Prancing);
        Leg(s, p, backX, bodyY, far: false, bent: false);
        if (Mane == Mane.Bristles)
            Bristles(c, p, bodyY);
        if (neck is not null)
        {
            c.Fill(neck, p.Fur, Shading.Cylinder);
            if (Markings == Markings.Patches)
                Patches(c, neck, p);
        }
        DrawHead(s, p, bodyY);
        if (Wings)
            Wing(s, bodyY, far: false);
        if (s.Spec.Has("armour"))
        {
            var saddle = new Box(BodyX - (BodyRx * 0.35), bodyY - BodyRy - 1, BodyX + (BodyRx * 0.35), bodyY + (BodyRy * 0.45)).Within(body.Offset(0, -0.6));
            c.Fill(saddle, s.MaterialOr(SpriteSketch.Steel), Shading.Bevel, separate: true);
        }
    }

    private IShape? NeckShape(double bodyY)
    {
        if (!Neck)
            return null;
        return new Polygon(
            (BodyX + (BodyRx * 0.3), bodyY - (BodyRy * 0.9)),
            (HeadX - (HeadRx * 0.65), HeadY - (HeadRy * 0.35)),
            (HeadX + (HeadRx * 0.15), HeadY + (HeadRy * 0.75)),
            (BodyX + (BodyRx * 1.02), bodyY + (BodyRy * 0.25)));
    }

    private void Leg(SpriteSketch s, BeastPaint p, double x, double bodyY, bool far, bool bent)
    {
        var c = s.Canvas;
        var ramp = far ? p.Far : p.Fur;
        var top = bodyY + (BodyRy * 0.25);
        var footY = Ground - (Feet == Feet.Hooves ? 1.1 : 0.6);
        if (bent)
        {
            var knee = (X: x + (LegLength * 0.45), Y: top + (LegLength * 0.55));
            var hoof = (X: knee.X - 0.3, Y: knee.Y + (LegLength * 0.45));
            c.Fill(new Union(new Capsule(x, top, knee.X, knee.Y, LegRadius * 1.2), new Capsule(knee.X, knee.Y, hoof.X, hoof.Y, LegRadius)), ramp, Shading.Cylinder, separate: true);
            c.Fill(new Box(hoof.X - LegRadius, hoof.Y - 0.4, hoof.X + LegRadius, hoof.Y + 1.1), Feet == Feet.Hooves ? BeastPaint.Hoof : p.Feet, Shading.Bevel);
            return;
        }
        var leg = new Union(new Capsule(x, top, x, footY, LegRadius), new Capsule(x, top, x, top + (LegLength * 0.3), LegRadius * 1.3));
        c.Fill(leg, ramp, Shading.Cylinder, separate: !far);
        if (Socks)
            c.Fill(new Capsule(x, top + (LegLength * 0.55), x, footY, LegRadius), far ? BeastPaint.Shaded(p.Feet) : p.Feet, Shading.Cylinder);
        if (Feet == Feet.Hooves)
            c.Fill(new Box(x - LegRadius - 0.1, Ground - 1.4, x + LegRadius + 0.3, Ground + 0.2), BeastPaint.Hoof, Shading.Bevel);
        else
            c.Fill(new Ellipse(x + 0.5, Ground - 0.5, LegRadius + 0.7, 1), far ? BeastPaint.Shaded(p.Feet) : p.Feet, Shading.Sphere);
    }

    private void DrawHead(SpriteSketch s, BeastPaint p, double bodyY)
    {
        var c = s.Canvas;
        var (earX, earY) = (HeadX - (HeadRx * 0.35), HeadY - (HeadRy * 0.65));
        if (Mane == Mane.Lion)
        {
            var manePoints = ManeOutline.Select((d, i) =>
                (HeadX - 1.3 + (d.X * (HeadRx + (i % 2 == 0 ? 3.6 : 2.4))), HeadY + 1.2 + (d.Y * (HeadRy + (i % 2 == 0 ? 4 : 2.8)))));
            c.Fill(new Polygon([.. manePoints]), p.Accent, Shading.Sphere);
        }
        if (Mane == Mane.Horse)
            HorseMane(c, p, bodyY);
        if (Ears is Ears.Pointed or Ears.Round or Ears.Long)
            Ear(c, p.Far, earX + 1.3, earY - 0.3);
        if (Ears == Ears.Side)
            c.Fill(new Ellipse(earX - 1.2, earY + 0.8, EarSize * 0.75, 1), p.Head, Shading.Sphere);
        if (Headgear is Headgear.Antlers or Headgear.GoatHorns or Headgear.BullHorns or Headgear.Ossicones)
            Horns(s, far: true);
        if (Headgear == Headgear.Frill)
            c.Fill(new Ellipse(HeadX - 2, HeadY - 1.5, 3.2, 4.8), p.Accent, Shading.Sphere);
        if (Ears is Ears.Pointed or Ears.Round or Ears.Long)
            Ear(c, p.Head, earX, earY);

        var head = new Ellipse(HeadX, HeadY, HeadRx, HeadRy);
        var snoutEnd = (X: HeadX + SnoutDx, Y: HeadY + SnoutDy);
        IShape snout = Snout switch
        {
            Snout.Beak => new Polygon((HeadX + 1, HeadY - 1.5), (snoutEnd.X, HeadY - 0.6), (snoutEnd.X + 0.6, HeadY + 1.6), (snoutEnd.X - 0.6, HeadY + 0.8), (HeadX + 1, HeadY + 1.5)),
            Snout.Trunk => new Union(
                new Capsule(HeadX + 1, HeadY + 1, snoutEnd.X, snoutEnd.Y - 3, SnoutRadius),
                new Capsule(snoutEnd.X, snoutEnd.Y - 3, snoutEnd.X + 0.3, snoutEnd.Y + 2, SnoutRadius * 0.8),
                new Capsule(snoutEnd.X + 0.3, snoutEnd.Y + 2, snoutEnd.X + 1.6, snoutEnd.Y + 2.8, SnoutRadius * 0.7)),
            _ => new Capsule(HeadX + (HeadRx * 0.2), HeadY + 0.3, snoutEnd.X, snoutEnd.Y, SnoutRadius),
        };
        IShape headShape = Snout == Snout.Beak ? head : new Union(head, snout);
        c.Fill(headShape, p.Head, Shading.Sphere, separate: true);
        if (Snout == Snout.Beak)
            c.Fill(snout, SpriteSketch.Gold, Shading.Bevel, separate: true);
        if (LightMuzzle)
            c.Fill(new Capsule(snoutEnd.X - 1, snoutEnd.Y + 0.4, snoutEnd.X, snoutEnd.Y + 0.4, SnoutRadius * 0.9).Within(headShape), p.Light, Shading.Sphere);
        if (Markings == Markings.Stripes)
        {
            c.Fill(new Capsule(HeadX - 1.4, HeadY - HeadRy, HeadX - 0.8, HeadY - (HeadRy * 0.3), 0.35).Within(head), BeastPaint.Dark, Shading.Flat(Tone.Base));
            c.Fill(new Capsule(HeadX - HeadRx, HeadY + 0.3, HeadX - 1.6, HeadY + 0.6, 0.35).Within(head), BeastPaint.Dark, Shading.Flat(Tone.Base));
        }
        if (Mask)
            c.Fill(new Capsule(HeadX - (HeadRx * 0.7), HeadY - 0.2, HeadX + (HeadRx * 0.7), HeadY + 0.1, 1.1).Within(headShape), BeastPaint.Dark, Shading.Flat(Tone.Base));
        switch (Snout)
        {
            case Snout.Disc:
                c.Fill(new Ellipse(snoutEnd.X + (SnoutRadius * 0.6), snoutEnd.Y, SnoutRadius * 0.55, SnoutRadius), BeastPaint.Pink, Shading.Sphere, separate: true);
                Dot(c, snoutEnd.X + (SnoutRadius * 0.7), snoutEnd.Y);
                break;
            case Snout.Muzzle:
                Dot(c, snoutEnd.X + (SnoutRadius * 0.55), snoutEnd.Y - (SnoutRadius * 0.45));
                break;
        }
        if (Ears == Ears.Floppy)
            c.Fill(new Capsule(earX + 0.2, earY + 0.2, earX - 0.9, earY + EarSize, 1.2), p.Far, Shading.Sphere, separate: true);
        if (Tusks)
        {
            var (tx, ty) = Snout == Snout.Trunk ? (HeadX + (HeadRx * 0.8), HeadY + (HeadRy * 0.8)) : (snoutEnd.X - 1.2, snoutEnd.Y + 0.6);
            var length = Snout == Snout.Trunk ? 3.4 : 1.6;
            c.Fill(new Capsule(tx, ty, tx + length, ty - (length * 0.3), 0.6), BeastPaint.Ivory, Shading.Cylinder, separate: true);
        }
        if (Beard)
            c.Fill(new Polygon((snoutEnd.X - 1.6, snoutEnd.Y + 0.8), (snoutEnd.X - 0.2, snoutEnd.Y + 0.8), (snoutEnd.X - 1.2, snoutEnd.Y + 3.6)), p.Light, Shading.Flat(Tone.Base));
        if (Headgear is Headgear.Antlers or Headgear.GoatHorns or Headgear.BullHorns or Headgear.Ossicones)
            Horns(s, far: false);
        if (Ears == Ears.Fan)
            c.Fill(new Ellipse(HeadX - (HeadRx * 0.7), HeadY + 0.5, HeadRx * 0.75, HeadRy), p.Far, Shading.Sphere, separate: true);
        if (Headgear == Headgear.Frill)
        {
            c.Fill(new Capsule(HeadX, HeadY - (HeadRy * 0.6), HeadX + 4.2, HeadY - 4.2, 0.5), SpriteSketch.Bone, Shading.Cylinder, separate: true);
            c.Fill(new Capsule(HeadX + SnoutDx - 0.6, HeadY + SnoutDy - 1, HeadX + SnoutDx + 0.4, HeadY + SnoutDy - 2.8, 0.5), SpriteSketch.Bone, Shading.Cylinder);
        }
        if (Headgear == Headgear.Horn)
        {
            c.Fill(new Polygon((HeadX - 0.4, HeadY - HeadRy + 0.6), (HeadX + 1.3, HeadY - HeadRy + 0.8), (HeadX + 2.8, HeadY - HeadRy - 5.5)), SpriteSketch.Gold, Shading.Split(HeadX + 1, 0, -1, -0.4), separate: true);
        }
        var (style, glow) = BeastPaint.Eyes(s);
        s.Eye(HeadX + (HeadRx * 0.25), HeadY - (HeadRy * 0.2), style, glow);
    }

    private void Ear(PixelCanvas c, Ramp ramp, double x, double y)
    {
        IShape ear = Ears switch
        {
            Ears.Round => Ellipse.Circle(x, y - (EarSize * 0.25), EarSize * 0.55),
            Ears.Long => new Capsule(x, y, x - 1.4, y - EarSize, 1.1),
            _ => new Polygon((x - 1.3, y + 1), (x + 1.2, y + 1), (x - 0.5, y - EarSize)),
        };
        c.Fill(ear, ramp, Shading.Sphere);
    }

    private void Horns(SpriteSketch s, bool far)
    {
        var c = s.Canvas;
        var ramp = Headgear == Headgear.Antlers ? Antler : SpriteSketch.Bone;
        if (far)
            ramp = BeastPaint.Shaded(ramp);
        var dx = far ? 1.4 : 0;
        var (x, y) = (HeadX - (HeadRx * 0.1) + dx, HeadY - (HeadRy * 0.75));
        IShape horn = Headgear switch
        {
            Headgear.Antlers => new Union(
                new Capsule(x, y, x - 1.6, y - 4, 0.55),
                new Capsule(x - 1.6, y - 4, x - 3.6, y - 7.5, 0.5),
                new Capsule(x - 1.6, y - 4, x + 0.8, y - 6.5, 0.45),
                new Capsule(x - 2.6, y - 5.8, x - 0.6, y - 8.8, 0.45),
                new Capsule(x - 0.6, y - 1.8, x + 1.4, y - 2.8, 0.45)),
            Headgear.GoatHorns => new Union(new Capsule(x, y, x - 1.6, y - 3.4, 0.8), new Capsule(x - 1.6, y - 3.4, x - 3.6, y - 2.6, 0.55)),
            Headgear.BullHorns => new Union(new Capsule(x, y, x + 1.2, y - 1.6, 0.7), new Capsule(x + 1.2, y - 1.6, x + 1.5, y - 3, 0.5)),
            _ => new Union(new Capsule(x - 0.5, y, x - 0.8, y - 2.6, 0.45), Ellipse.Circle(x - 0.8, y - 2.8, 0.75)),
        };
        c.Fill(horn, ramp, Shading.Cylinder, separate: !far);
    }

    private void HorseMane(PixelCanvas c, BeastPaint p, double bodyY)
    {
        var (wx, wy) = (BodyX + (BodyRx * 0.3), bodyY - (BodyRy * 0.9));
        var (px, py) = (HeadX - (HeadRx * 0.65), HeadY - (HeadRy * 0.35));
        var (dx, dy) = (px - wx, py - wy);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var (nx, ny) = (dy / length, -dx / length);
        c.Fill(
            new Polygon(
                (wx - (nx * 0.6), wy - (ny * 0.6)),
                (wx + (nx * 2.2) - 1, wy + (ny * 2.2) + 1.2),
                (px + (nx * 2), py + (ny * 2)),
                (HeadX - 0.2, HeadY - HeadRy - 0.8),
                (HeadX + 0.6, HeadY - HeadRy + 0.6),
                (px - (nx * 0.6), py - (ny * 0.6))),
            p.Accent,
            Shading.Sphere,
            separate: true);
    }

    private void Bristles(PixelCanvas c, BeastPaint p, double bodyY)
    {
        var points = new List<(double, double)> { (BodyX - (BodyRx * 0.6), bodyY - BodyRy + 1.2) };
        for (var i = 0; i <= 6; i++)
        {
            var x = BodyX - (BodyRx * 0.6) + (i * BodyRx * 0.27);
            points.Add((x - 0.6, bodyY - BodyRy - 1.4 - (i * 0.25)));
            points.Add((x + 0.5, bodyY - BodyRy + 0.4 - (i * 0.2)));
        }
        points.Add((HeadX - HeadRx * 0.5, HeadY));
        c.Fill(new Polygon([.. points]), p.Accent, Shading.Bevel);
    }

    private void DrawTail(SpriteSketch s, BeastPaint p, double bodyY)
    {
        var c = s.Canvas;
        var (x, y) = (BodyX - (BodyRx * 0.95), bodyY - (BodyRy * 0.45));
        var length = TailLength;
        switch (Tail)
        {
            case Tail.Stub:
                c.Fill(new Ellipse(x - 0.4, y - 0.4, 1.4, 1.1), p.Light, Shading.Sphere);
                break;
            case Tail.Thin:
                c.Fill(new Capsule(x + 0.5, y, x - 1.4, y + length, 0.45), p.Fur, Shading.Cylinder);
                c.Fill(new Ellipse(x - 1.5, y + length, 0.9, 1.5), p.Accent, Shading.Sphere);
                break;
            case Tail.Tufted:
                c.Fill(new Union(new Capsule(x + 0.5, y, x - 3, y + (length * 0.55), 0.55), new Capsule(x - 3, y + (length * 0.55), x - 4.5, y + (length * 0.15), 0.5)), p.Fur, Shading.Cylinder);
                c.Fill(Ellipse.Circle(x - 4.6, y + (length * 0.12), 1.4), p.Accent, Shading.Sphere);
                break;
            case Tail.Up:
                c.Fill(new Capsule(x + 0.8, y + 0.5, x - 2.2, y - (length * 0.6), 0.8), p.Fur, Shading.Cylinder);
                break;
            case Tail.Bushy:
                var tip = (X: x - length, Y: y + (length * 0.35));
                c.Fill(new Union(new Capsule(x + 0.5, y + 0.5, tip.X + 1.5, tip.Y - 0.5, 1.6), new Ellipse((x + tip.X) / 2, (y + tip.Y) / 2 + 0.6, length * 0.42, 2.4)), p.Fur, Shading.Sphere, separate: true);
                c.Fill(new Ellipse(tip.X + 1.2, tip.Y - 0.2, 2, 1.7), p.Accent, Shading.Sphere);
                break;
            case Tail.Curly:
                c.Fill(new Difference(Ellipse.Circle(x - 1.3, y - 0.6, 1.7), Ellipse.Circle(x - 1.3, y - 0.6, 0.7)), p.Fur, Shading.Cylinder);
                break;
            case Tail.Reptile:
                c.Fill(new Polygon((x + 1.5, y - 0.5), (x - length, y + (length * 0.5)), (x + 1.5, y + (BodyRy * 1.2))), p.Fur, Shading.Sphere);
                break;
            case Tail.Flowing:
                c.Fill(
                    new Polygon((x + 1, y - 0.8), (x - 2.6, y + 0.4), (x - 4, y + (length * 0.55)), (x - 3, y + length), (x - 1.4, y + length - 1.2), (x - 1.6, y + (length * 0.4)), (x + 0.8, y + 1.8)),
                    p.Accent,
                    Shading.Sphere);
                break;
        }
    }

    private void Mark(SpriteSketch s, BeastPaint p, IShape body, double bodyY)
    {
        var c = s.Canvas;
        switch (Markings)
        {
            case Markings.Stripes:
                for (var x = BodyX - BodyRx + 2; x < BodyX + BodyRx - 1; x += 2.6)
                {
                    var stripe = new Polygon((x - 0.5, bodyY - BodyRy - 1), (x + 0.6, bodyY - BodyRy - 1), (x + 0.9, bodyY + (BodyRy * 0.4)), (x + 0.3, bodyY + (BodyRy * 0.5)));
                    c.Fill(stripe.Within(body), BeastPaint.Dark, Shading.Flat(Tone.Base));
                }
                break;
            case Markings.Spots:
                var r = s.Random;
                var spots = new Union(
                    new Ellipse(BodyX - (BodyRx * 0.45) + r.Range(-1, 1), bodyY - 1 + r.Range(-1, 1), 2.6, 2),
                    new Ellipse(BodyX + (BodyRx * 0.25) + r.Range(-1, 1), bodyY + 1.4, 2.2, 1.8),
                    new Ellipse(BodyX + (BodyRx * 0.65), bodyY - BodyRy, 1.6, 1.4));
                c.Fill(spots.Within(body), p.Accent, Shading.Flat(Tone.Base));
                break;
            case Markings.Patches:
                Patches(c, body, p);
                break;
        }
    }

    private static void Patches(PixelCanvas c, IShape region, BeastPaint p)
    {
        var patches = new List<IShape>();
        for (var y = 1.0; y < 30; y += 2.8)
        {
            for (var x = -15.0 + (y % 5.6 < 2.8 ? 0 : 1.4); x < 16; x += 2.8)
                patches.Add(new Ellipse(x, y, 1.05, 0.95));
        }
        c.Fill(new Union([.. patches]).Within(region), p.Accent, Shading.Flat(Tone.Base));
    }

    private void Wing(SpriteSketch s, double bodyY, bool far)
    {
        var c = s.Canvas;
        var colour = s.PartColour("wings", WingColour);
        var ramp = far ? BeastPaint.Shaded(Ramp.From(colour)) : Ramp.From(colour);
        var (x, y) = (BodyX + (BodyRx * 0.3) + (far ? 1.8 : 0), bodyY - (BodyRy * 0.5) - (far ? 1.4 : 0));
        var wing = new Polygon(
            (x + 1.5, y), (x - 1, y - 6), (x - 4, y - 9.5), (x - 9, y - 11.5), (x - 9.8, y - 9), (x - 8.6, y - 7.6), (x - 9.4, y - 5.6),
            (x - 7.6, y - 4.6), (x - 8, y - 2.6), (x - 5.8, y - 2), (x - 5.6, y), (x - 3, y + 0.6));
        c.Fill(wing, ramp, Shading.Bevel, separate: !far);
        if (!far)
        {
            c.Fill(new Capsule(x - 2.4, y - 2, x - 6.6, y - 6, 0.3), ramp, Shading.Flat(Tone.Shadow));
            c.Fill(new Capsule(x - 1.2, y - 1, x - 3.6, y - 3.2, 0.3), ramp, Shading.Flat(Tone.Shadow));
        }
    }

    private static void Dot(PixelCanvas c, double x, double y) =>
        c.Stamp(c.PixelX(x), c.PixelY(y), ["#"], _ => SpriteSketch.Ink[Tone.Base], SpriteSketch.Ink);

}
