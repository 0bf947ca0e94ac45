namespace SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

/// <summary>
/// Four-legged animals and reptiles. Most stand in profile facing right on the <see cref="Quadruped"/> plan, each species
/// its own proportions and parts; small critters, reptiles and the animals that read best face on have plans of their own.
/// </summary>
internal static class BeastDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["dog"] = new(Dog, Animation.Idle),
        ["wolf"] = new(Wolf, Animation.Idle),
        ["fox"] = new(Fox, Animation.Idle),
        ["bear"] = new(Upright.Bear, Animation.Idle),
        ["horse"] = new(Horse, Animation.Idle),
        ["lion"] = new(Lion, Animation.Idle),
        ["tiger"] = new(Tiger, Animation.Idle),
        ["deer"] = new(Deer, Animation.Idle),
        ["elephant"] = new(Elephant, Animation.Idle),
        ["monkey"] = new(Upright.Monkey, Animation.Idle),
        ["sheep"] = new(Sheep, Animation.Idle),
        ["goat"] = new(Goat, Animation.Idle),
        ["pig"] = new(Pig, Animation.Idle),
        ["cow"] = new(Cow, Animation.Idle),
        ["rabbit"] = new(Critters.Rabbit, Animation.Idle),
        ["mouse"] = new(Critters.Mouse, Animation.Idle),
        ["unicorn"] = new(Unicorn, Animation.Idle),
        ["pegasus"] = new(Pegasus, Animation.Idle),
        ["griffin"] = new(Griffin, Animation.Idle),
        ["dinosaur"] = new(Reptiles.Dinosaur, Animation.Idle),
        ["lizard"] = new(Reptiles.Lizard, Animation.Idle),
        ["crocodile"] = new(Reptiles.Crocodile, Animation.Idle),
        ["turtle"] = new(Reptiles.Turtle, Animation.Idle),
        ["frog"] = new(Upright.Frog, Animation.Idle),
        ["squirrel"] = new(Critters.Squirrel, Animation.Idle),
        ["hedgehog"] = new(Critters.Hedgehog, Animation.Idle),
        ["raccoon"] = new(Raccoon, Animation.Idle),
        ["panda"] = new(Upright.Panda, Animation.Idle),
        ["giraffe"] = new(Giraffe, Animation.Idle),
        ["camel"] = new(Camel, Animation.Idle),
        ["boar"] = new(Boar, Animation.Idle),
        ["yeti"] = new(Upright.Yeti, Animation.Idle),
    };

    private static readonly Hsv Cream = new(38, 0.16, 0.97);

    public static void Dog(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(30, 0.62, 0.68), new Hsv(38, 0.55, 0.88), new Hsv(40, 0.08, 0.95), new Hsv(250, 0.18, 0.3), new Hsv(22, 0.5, 0.5));
        var puppy = s.Spec.Variant == "puppy";
        var paint = BeastPaint.For(s, fur, Cream, fur.With(value: fur.Value * 0.7));
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 6.6 + r.Range(-0.4, 0.4), BodyRy = 3.8, LegLength = 6.5 + r.Range(-0.5, 0.5), LegRadius = 1.1,
            HeadX = 6.8, HeadY = 10.5, HeadRx = 3.2, HeadRy = 2.9, SnoutDx = 3.8, SnoutDy = 1.2, SnoutRadius = 1.4, LightMuzzle = true,
            Ears = r.Chance(0.7) ? Ears.Floppy : Ears.Pointed, EarSize = 3.4, Tail = Tail.Up, TailLength = 7, Belly = true,
        }, puppy);
    }

    public static void Wolf(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(220, 0.08, 0.62), new Hsv(215, 0.1, 0.48), new Hsv(30, 0.14, 0.58));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.08, 0.92), fur.With(value: fur.Value * 0.6));
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 7.8 + r.Range(-0.4, 0.4), BodyRy = 4.2, LegLength = 8 + r.Range(-0.5, 0.5), LegRadius = 1.1,
            HeadX = 8.4, HeadY = 13.5 + r.Range(-0.5, 0.5), HeadRx = 3, HeadRy = 2.6, SnoutDx = 4.8, SnoutDy = 1.6, SnoutRadius = 1.15, LightMuzzle = true,
            Ears = Ears.Pointed, EarSize = 3.8, Tail = Tail.Bushy, TailLength = 5.5, Belly = true,
        });
    }

    public static void Fox(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(22, 0.85, 0.95), new Hsv(16, 0.8, 0.85));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.06, 0.98), new Hsv(40, 0.06, 0.98), BeastPaint.Dark);
        Draw(s, paint, new Quadruped
        {
            BodyX = -1, BodyRx = 6 + r.Range(-0.3, 0.3), BodyRy = 3.3, LegLength = 5.5 + r.Range(-0.4, 0.4), LegRadius = 0.9, Socks = true,
            HeadX = 7.4, HeadY = 14.5, HeadRx = 2.9, HeadRy = 2.6, SnoutDx = 4, SnoutDy = 1.6, SnoutRadius = 1.05, LightMuzzle = true,
            Ears = Ears.Pointed, EarSize = 4.4, Tail = Tail.Bushy, TailLength = 8.5, Belly = true,
        });
    }

    public static void Horse(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(24, 0.62, 0.6), new Hsv(30, 0.5, 0.78), new Hsv(250, 0.15, 0.3), new Hsv(20, 0.05, 0.93));
        var mane = fur.Value < 0.4 ? new Hsv(250, 0.12, 0.5) : fur.With(value: fur.Value * 0.45, saturation: fur.Saturation * 0.7);
        var pony = s.Spec.Variant == "pony";
        Draw(s, BeastPaint.For(s, fur, Cream, mane), HorseShape(r) with { Tail = Tail.Flowing }, pony);
    }

    public static void Unicorn(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(280, 0.04, 0.98), new Hsv(330, 0.12, 0.98));
        var mane = r.Pick([new Hsv(300, 0.45, 0.95), new Hsv(200, 0.45, 0.95), new Hsv(330, 0.5, 0.98)]);
        Draw(s, BeastPaint.For(s, fur, Cream, mane), HorseShape(r) with { Headgear = Headgear.Horn, Prancing = true, Tail = Tail.Flowing, TailLength = 11, HeadY = 7 });
    }

    public static void Pegasus(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(210, 0.04, 0.98), new Hsv(200, 0.12, 0.95));
        Draw(s, BeastPaint.For(s, fur, Cream, new Hsv(205, 0.35, 0.9)), HorseShape(r) with { Wings = true, Tail = Tail.Flowing, HeadY = 7.5, HeadX = 9.5 });
    }

    public static void Lion(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(38, 0.6, 0.88), new Hsv(34, 0.55, 0.8));
        var paint = BeastPaint.For(s, fur, Cream, new Hsv(24, 0.72, 0.6));
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 8 + r.Range(-0.4, 0.4), BodyRy = 4.4, LegLength = 6.5, LegRadius = 1.4,
            HeadX = 7.5, HeadY = 12, HeadRx = 3.4, HeadRy = 3.2, SnoutDx = 2.8, SnoutDy = 1.8, SnoutRadius = 1.7, LightMuzzle = true,
            Ears = Ears.Round, EarSize = 2.2, Tail = Tail.Tufted, TailLength = 9, Mane = Mane.Lion,
        });
    }

    public static void Tiger(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(24, 0.85, 0.95), new Hsv(28, 0.8, 0.9));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.05, 0.98), fur);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3.5, BodyRx = 8.5 + r.Range(-0.4, 0.4), BodyRy = 4.2, LegLength = 6.2, LegRadius = 1.4,
            HeadX = 7.5, HeadY = 14.5, HeadRx = 3.4, HeadRy = 3.1, SnoutDx = 3, SnoutDy = 1.6, SnoutRadius = 1.6, LightMuzzle = true,
            Ears = Ears.Round, EarSize = 2, Tail = Tail.Tufted, TailLength = 10, Markings = Markings.Stripes, Belly = true,
        });
    }

    public static void Deer(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(26, 0.62, 0.66), new Hsv(30, 0.55, 0.74));
        var paint = BeastPaint.For(s, fur, new Hsv(38, 0.12, 0.97), fur);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 6.8 + r.Range(-0.3, 0.3), BodyRy = 3.6, LegLength = 10 + r.Range(-0.5, 0.5), LegRadius = 0.8, Feet = Feet.Hooves,
            HeadX = 7.4, HeadY = 11.5, HeadRx = 2.6, HeadRy = 2.2, SnoutDx = 3.2, SnoutDy = 1.6, SnoutRadius = 1.1,
            Ears = Ears.Pointed, EarSize = 2.4, Tail = Tail.Stub, Headgear = Headgear.Antlers, Belly = true,
        });
    }

    public static void Elephant(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(215, 0.1, 0.62), new Hsv(220, 0.08, 0.55));
        var paint = BeastPaint.For(s, fur, fur, fur);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3.5, BodyRx = 9 + r.Range(-0.4, 0.4), BodyRy = 6.5, LegLength = 5.5, LegRadius = 2.1, LegSpread = 0.55,
            Neck = false, HeadX = 6.5, HeadY = 14, HeadRx = 4.4, HeadRy = 4.4, Snout = Snout.Trunk, SnoutDx = 5.5, SnoutDy = 7, SnoutRadius = 1.7,
            Ears = Ears.Fan, Tail = Tail.Thin, TailLength = 6, Tusks = true,
        });
    }

    public static void Giraffe(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(42, 0.55, 0.97), new Hsv(36, 0.5, 0.95));
        var paint = BeastPaint.For(s, fur, Cream, new Hsv(22, 0.72, 0.58));
        Draw(s, paint, new Quadruped
        {
            BodyX = -5, BodyRx = 5.8, BodyRy = 3.8, LegLength = 11 + r.Range(-0.5, 0.5), LegRadius = 0.85, Feet = Feet.Hooves,
            HeadX = 5.5, HeadY = 4.5, HeadRx = 2.4, HeadRy = 1.9, SnoutDx = 3.2, SnoutDy = 1.4, SnoutRadius = 1.2,
            Ears = Ears.Pointed, EarSize = 1.8, Tail = Tail.Thin, TailLength = 7, Headgear = Headgear.Ossicones, Markings = Markings.Patches,
        });
    }

    public static void Camel(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(34, 0.45, 0.8), new Hsv(30, 0.5, 0.72));
        var paint = BeastPaint.For(s, fur, Cream, fur.With(value: fur.Value * 0.65));
        var humps = s.Spec.Variant == "dromedary" ? 1 : s.Spec.Variant == "bactrian" ? 2 : 1 + r.Next(2);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3.5, BodyRx = 7, BodyRy = 3.8, LegLength = 10 + r.Range(-0.5, 0.5), LegRadius = 0.95, Humps = humps,
            HeadX = 10.5, HeadY = 11.5, HeadRx = 2.6, HeadRy = 2, SnoutDx = 2.8, SnoutDy = 1.4, SnoutRadius = 1.3,
            Ears = Ears.Round, EarSize = 1.4, Tail = Tail.Thin, TailLength = 7,
        });
    }

    public static void Cow(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(40, 0.04, 0.96), new Hsv(24, 0.55, 0.55));
        var spots = fur.Value > 0.7 ? new Hsv(250, 0.2, 0.22) : new Hsv(40, 0.06, 0.96);
        var paint = BeastPaint.For(s, fur, new Hsv(350, 0.35, 0.95), spots);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 9 + r.Range(-0.4, 0.4), BodyRy = 5, LegLength = 6.5, LegRadius = 1.3, Feet = Feet.Hooves, LegSpread = 0.68,
            HeadX = 8.5, HeadY = 13, HeadRx = 2.8, HeadRy = 2.6, SnoutDx = 2.6, SnoutDy = 3, SnoutRadius = 1.8, LightMuzzle = true,
            Ears = Ears.Side, EarSize = 2.4, Tail = Tail.Thin, TailLength = 9, Headgear = Headgear.BullHorns, Markings = Markings.Spots,
        });
    }

    public static void Sheep(SpriteSketch s)
    {
        var r = s.Random;
        var wool = BeastPaint.Colour(s, new Hsv(45, 0.08, 0.97), new Hsv(40, 0.12, 0.9));
        var face = s.SecondColour(new Hsv(250, 0.15, 0.25));
        var paint = BeastPaint.For(s, wool, wool, wool, Ramp.From(face)) with { Head = Ramp.From(face) };
        var plan = new Quadruped
        {
            BodyX = -2.5, BodyRx = 8, BodyRy = 5.5, LegLength = 5, LegRadius = 0.9, Feet = Feet.Hooves,
            Neck = false, HeadX = 7.2, HeadY = 14, HeadRx = 2.6, HeadRy = 2.6, SnoutDx = 2, SnoutDy = 2.4, SnoutRadius = 1.5,
            Ears = Ears.Side, EarSize = 2.4, Tail = Tail.Stub,
        }.WithDetails(s).ForMood(s.Mood);
        // The legs are the face colour and the fleece is a cloud of curls, which is what makes a sheep at a glance.
        var legs = paint with { Fur = paint.Head, Far = BeastPaint.Shaded(paint.Head) };
        plan.Draw(s, legs with { Head = paint.Head });
        var bodyY = Quadruped.Ground - plan.LegLength - plan.BodyRy;
        var curls = new List<IShape> { new Ellipse(plan.BodyX, bodyY, plan.BodyRx - 0.5, plan.BodyRy - 0.5) };
        for (var i = 0; i < 12; i++)
        {
            var (dx, dy) = Around[i];
            curls.Add(Ellipse.Circle(plan.BodyX + (dx * (plan.BodyRx - 1.6)), bodyY + (dy * (plan.BodyRy - 1.4)), 2 + r.Range(0, 0.4)));
        }
        s.Canvas.Fill(new Union([.. curls]), paint.Fur, Shading.Sphere, separate: true);
        s.Canvas.Fill(Ellipse.Circle(plan.HeadX - 1.6, plan.HeadY - plan.HeadRy - 0.2, 1.6), paint.Fur, Shading.Sphere, separate: true);
    }

    public static void Goat(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(40, 0.06, 0.94), new Hsv(28, 0.45, 0.62), new Hsv(30, 0.12, 0.5));
        var paint = BeastPaint.For(s, fur, fur.With(value: fur.Value * 0.85), fur);
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 6.6 + r.Range(-0.3, 0.3), BodyRy = 3.8, LegLength = 7.5, LegRadius = 0.9, Feet = Feet.Hooves,
            HeadX = 7, HeadY = 12, HeadRx = 2.5, HeadRy = 2.2, SnoutDx = 2.8, SnoutDy = 2.8, SnoutRadius = 1.2,
            Ears = Ears.Side, EarSize = 2.2, Tail = Tail.Up, TailLength = 3, Headgear = Headgear.GoatHorns, Beard = true,
        });
    }

    public static void Pig(SpriteSketch s)
    {
        var r = s.Random;
        var skin = BeastPaint.Colour(s, new Hsv(350, 0.32, 0.98), new Hsv(355, 0.38, 0.95));
        var paint = BeastPaint.For(s, skin, skin, skin);
        Draw(s, paint, new Quadruped
        {
            BodyX = -2.5, BodyRx = 8.5 + r.Range(-0.3, 0.3), BodyRy = 5.8, LegLength = 3.5, LegRadius = 1.1, Feet = Feet.Hooves, LegSpread = 0.55,
            Neck = false, HeadX = 7, HeadY = 17.5, HeadRx = 3.6, HeadRy = 3.4, Snout = Snout.Disc, SnoutDx = 3.2, SnoutDy = 0.8, SnoutRadius = 1.5,
            Ears = Ears.Pointed, EarSize = 2.4, Tail = Tail.Curly,
        });
    }

    public static void Boar(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(22, 0.5, 0.42), new Hsv(28, 0.4, 0.35));
        var paint = BeastPaint.For(s, fur, fur, fur.With(value: fur.Value * 0.55));
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 8.2 + r.Range(-0.3, 0.3), BodyRy = 5, LegLength = 5.5, LegRadius = 1.1, Feet = Feet.Hooves, LegSpread = 0.55,
            Neck = false, HeadX = 6.4, HeadY = 17, HeadRx = 3.6, HeadRy = 3.2, Snout = Snout.Disc, SnoutDx = 4.4, SnoutDy = 2, SnoutRadius = 1.4,
            Ears = Ears.Pointed, EarSize = 2.6, Tail = Tail.Thin, TailLength = 4, Tusks = true, Mane = Mane.Bristles,
        });
    }

    public static void Griffin(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(38, 0.6, 0.85), new Hsv(30, 0.55, 0.7));
        var head = s.PartColour("head", new Hsv(40, 0.04, 0.97));
        var paint = BeastPaint.For(s, fur, Cream, new Hsv(24, 0.6, 0.5)) with { Head = Ramp.From(head) };
        Draw(s, paint, new Quadruped
        {
            BodyX = -3, BodyRx = 7.4 + r.Range(-0.3, 0.3), BodyRy = 4, LegLength = 7, LegRadius = 1.2,
            HeadX = 7.5, HeadY = 9.5, HeadRx = 2.8, HeadRy = 2.6, Snout = Snout.Beak, SnoutDx = 3.2, SnoutDy = 1,
            Ears = Ears.Pointed, EarSize = 2, Tail = Tail.Tufted, TailLength = 9, Wings = true, WingColour = new Hsv(26, 0.55, 0.55),
        });
    }

    public static void Raccoon(SpriteSketch s)
    {
        var r = s.Random;
        var fur = BeastPaint.Colour(s, new Hsv(220, 0.08, 0.6), new Hsv(30, 0.1, 0.55));
        var paint = BeastPaint.For(s, fur, new Hsv(40, 0.05, 0.95), fur, BeastPaint.Dark);
        var plan = new Quadruped
        {
            BodyX = -1.5, BodyRx = 6.4 + r.Range(-0.3, 0.3), BodyRy = 4.4, LegLength = 3.6, LegRadius = 1, Socks = true,
            Neck = false, HeadX = 6.4, HeadY = 17.8, HeadRx = 3.4, HeadRy = 3, SnoutDx = 3.6, SnoutDy = 1.2, SnoutRadius = 1.2, LightMuzzle = true,
            Ears = Ears.Pointed, EarSize = 2.4, Tail = Tail.Bushy, TailLength = 8, Mask = true, Belly = true,
        }.WithDetails(s).ForMood(s.Mood);
        plan.Draw(s, paint);
        // The ringed tail: dark bands across the bushy tail, drawn over it.
        var bodyY = Quadruped.Ground - plan.LegLength - plan.BodyRy;
        var (x, y) = (plan.BodyX - (plan.BodyRx * 0.95), bodyY - (plan.BodyRy * 0.45));
        var tail = new Ellipse(x - (plan.TailLength / 2), y + (plan.TailLength * 0.175) + 0.6, plan.TailLength * 0.42, 2.4);
        for (var i = 1; i <= 3; i++)
            s.Canvas.Fill(new Box(x - (i * 2.2) - 0.5, 0, x - (i * 2.2) + 0.6, 32).Within(tail), BeastPaint.Dark, Shading.Flat(Tone.Base));
    }

    /// <summary>Unit directions every 30 degrees, fixed so fleece and fur tufts are the same on every machine.</summary>
    internal static readonly (double X, double Y)[] Around =
    [
        (1, 0), (0.866, 0.5), (0.5, 0.866), (0, 1), (-0.5, 0.866), (-0.866, 0.5),
        (-1, 0), (-0.866, -0.5), (-0.5, -0.866), (0, -1), (0.5, -0.866), (0.866, -0.5),
    ];

    private static Quadruped HorseShape(SpriteRandom r) => new()
    {
        BodyX = -3, BodyRx = 7.6 + r.Range(-0.4, 0.4), BodyRy = 4.2, LegLength = 8.8 + r.Range(-0.5, 0.5), LegRadius = 1.05, Feet = Feet.Hooves,
        HeadX = 9, HeadY = 8.5 + r.Range(-0.5, 0.5), HeadRx = 2.6, HeadRy = 2.3, SnoutDx = 3.2, SnoutDy = 3, SnoutRadius = 1.5,
        Ears = Ears.Pointed, EarSize = 2.4, Tail = Tail.Flowing, TailLength = 9, Mane = Mane.Horse,
    };

    /// <param name="young">Foals, puppies and ponies: the cute proportions whatever the mood.</param>
    internal static void Draw(SpriteSketch s, BeastPaint paint, Quadruped plan, bool young = false) =>
        plan.WithDetails(s).ForMood(young ? SpriteMood.Cute : s.Mood).Draw(s, paint);
}
