namespace SpriteDX.Modules.Generation.Rendering.Designs.Items;

/// <summary>Game items drawn as their familiar icon silhouettes; the prompt's colour goes to the part that defines the item.</summary>
internal static class ItemDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["potion"] = new(Potion),
        ["gem"] = new(Gem),
        ["key"] = new(Key),
        ["chest"] = new(Chest),
        ["coin"] = new(Coin),
        ["heart"] = new(Heart),
        ["crown"] = new(Treasures.Crown),
        ["ring"] = new(Treasures.Ring),
        ["amulet"] = new(Treasures.Amulet),
        ["medal"] = new(Treasures.Medal),
        ["trophy"] = new(Treasures.Trophy),
        ["goblet"] = new(Treasures.Goblet),
        ["scroll"] = new(Paper.Scroll),
        ["map"] = new(Paper.Map),
        ["envelope"] = new(Paper.Envelope),
        ["book"] = new(Paper.Book),
        ["barrel"] = new(Vessels.Barrel),
        ["bucket"] = new(Vessels.Bucket),
        ["cauldron"] = new(Vessels.Cauldron),
        ["bottle"] = new(Vessels.Bottle),
        ["bag"] = new(Vessels.Bag),
        ["crate"] = new(Vessels.Crate),
        ["lantern"] = new(Lights.Lantern),
        ["torch"] = new(Lights.Torch),
        ["candle"] = new(Lights.Candle),
        ["helmet"] = new(Wearables.Helmet),
        ["hat"] = new(Wearables.Hat),
        ["boots"] = new(Wearables.Boots),
        ["gloves"] = new(Wearables.Gloves),
        ["armour"] = new(Wearables.Armour),
        ["pickaxe"] = new(Tools.Pickaxe),
        ["shovel"] = new(Tools.Shovel),
        ["fishing rod"] = new(Tools.FishingRod),
        ["wrench"] = new(Tools.Wrench),
        ["bomb"] = new(Curios.Bomb),
        ["hourglass"] = new(Curios.Hourglass),
        ["star"] = new(Curios.Star),
        ["orb"] = new(Curios.Orb),
        ["bell"] = new(Curios.Bell),
        ["compass"] = new(Curios.Compass),
        ["feather"] = new(Curios.Feather),
        ["bone"] = new(Curios.Bone),
        ["skull"] = new(Curios.Skull),
        ["flag"] = new(Curios.Flag),
        ["clock"] = new(Curios.Clock),
        ["dice"] = new(Curios.Dice),
        ["lock"] = new(Curios.Lock),
    };

    public static void Potion(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var liquid = s.Spec.Variant switch
        {
            "health" => ItemPaint.Part(s, "liquid", Ramp.From(new Hsv(352, 0.78, 0.9))),
            "mana" => ItemPaint.Part(s, "liquid", Ramp.From(new Hsv(214, 0.72, 0.92))),
            _ => ItemPaint.Defining(s, "liquid", new Hsv(352, 0.78, 0.9), new Hsv(214, 0.72, 0.92), new Hsv(108, 0.72, 0.82), new Hsv(285, 0.62, 0.82), new Hsv(32, 0.8, 0.96)),
        };
        // The glass takes a hint of what it holds, as it does in the hand; plain glass would pull the colour towards cyan.
        var glass = Ramp.From(liquid.Colour.With(saturation: 0.14, value: 0.92));
        ItemPaint.GlowBehind(s, Ellipse.Circle(0, 19, 13), liquid);
        var round = r.Chance(0.55);
        var level = r.Range(0.25, 0.5);
        IShape bottle, inside;
        double neckTop;
        if (round)
        {
            var radius = r.Range(8.5, 10);
            var centreY = 30 - radius;
            neckTop = centreY - radius - r.Range(3.5, 5.5);
            bottle = new Union(Ellipse.Circle(0, centreY, radius), new Box(-2.6, neckTop, 2.6, centreY));
            inside = Ellipse.Circle(0, centreY, radius - 1.6);
            inside = inside.Within(new Box(-16, centreY - radius + (2 * radius * level), 16, 32));
        }
        else
        {
            var halfBase = r.Range(9, 11);
            neckTop = r.Range(6.5, 9);
            bottle = new Union(new Polygon((-2.6, 13), (2.6, 13), (halfBase, 27.5), (halfBase - 2, 29.8), (2 - halfBase, 29.8), (-halfBase, 27.5)), new Box(-2.6, neckTop, 2.6, 14));
            inside = new Polygon((-1.6, 14), (1.6, 14), (halfBase - 1.8, 27.3), (halfBase - 3, 28.4), (3 - halfBase, 28.4), (1.8 - halfBase, 27.3))
                .Within(new Box(-16, 14 + (14 * level), 16, 32));
        }
        c.FillCentred(bottle, glass, Shading.Sphere);
        c.FillCentred(inside, liquid, Shading.Sphere);
        c.FillCentred(new Box(-8, 0, 8, 32).Within(inside).Minus(inside.Offset(0, -1.1)), liquid, Shading.Flat(Tone.Light));
        for (var i = 0; i < 3; i++)
        {
            c.Fill(Ellipse.Circle(r.Range(-4, 4), 28 - r.Range(1, 6), r.Range(0.6, 1.1)).Within(inside), liquid, Shading.Flat(Tone.Highlight));
        }
        c.Fill(new Capsule(-5.5, 19.5, -6, 23.5, 0.7).Within(bottle), glass, Shading.Flat(Tone.Highlight));
        c.FillCentred(new Box(-3.7, neckTop - 0.5, 3.7, neckTop + 1.5), glass, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-2.2, neckTop - 4, 2.2, neckTop - 0.5), SpriteSketch.Wood, Shading.Bevel, separate: true);
    }

    public static void Gem(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var gem = ItemPaint.Defining(s, "gem", new Hsv(350, 0.8, 0.86), new Hsv(145, 0.75, 0.76), new Hsv(222, 0.78, 0.88), new Hsv(275, 0.55, 0.86), new Hsv(40, 0.85, 0.98), new Hsv(188, 0.25, 1));
        if (r.Chance(0.6))
        {
            var width = r.Range(11, 13.5);
            var table = width * 0.45;
            var crownY = r.Range(11.5, 13);
            const double top = 6;
            const double culet = 28;
            c.FillCentred(new Polygon((-table, top), (table, top), (width, crownY), (0, culet), (-width, crownY)), gem, Shading.Flat(Tone.Base));
            c.Fill(new Polygon((-table, top), (-table * 0.3, top), (-width * 0.5, crownY), (-width, crownY)), gem, Shading.Flat(Tone.Highlight));
            c.Fill(new Polygon((-table * 0.3, top), (table, top), (width * 0.5, crownY), (-width * 0.5, crownY)), gem, Shading.Flat(Tone.Light));
            var pavilion = new[] { Tone.Light, Tone.Base, Tone.Light, Tone.Shadow };
            for (var i = 0; i < pavilion.Length; i++)
            {
                var (left, right) = (-width + (i * width * 0.5), -width + ((i + 1) * width * 0.5));
                c.Fill(new Polygon((left, crownY), (right, crownY), (0, culet)), gem, Shading.Flat(pavilion[i]));
            }
        }
        else
        {
            var half = r.Range(8, 10);
            var cut = half * 0.45;
            const double bevel = 3;
            var (top, bottom) = (4.0, 28.0);
            c.FillCentred(new Polygon((-half + cut, top), (half - cut, top), (half, top + cut), (half, bottom - cut), (half - cut, bottom), (-half + cut, bottom), (-half, bottom - cut), (-half, top + cut)), gem, Shading.Flat(Tone.Base));
            c.Fill(new Polygon((-half + cut, top), (half - cut, top), (half - bevel, top + bevel), (-half + bevel, top + bevel)), gem, Shading.Flat(Tone.Highlight));
            c.Fill(new Polygon((-half, top + cut), (-half + cut, top), (-half + bevel, top + bevel), (-half + bevel, bottom - bevel), (-half + cut, bottom), (-half, bottom - cut)), gem, Shading.Flat(Tone.Light));
            c.Fill(new Polygon((half, top + cut), (half, bottom - cut), (half - cut, bottom), (half - bevel, bottom - bevel), (half - bevel, top + bevel)), gem, Shading.Flat(Tone.Shadow));
            c.Fill(new Polygon((-half + bevel, bottom - bevel), (half - bevel, bottom - bevel), (half - cut, bottom), (-half + cut, bottom)), gem, Shading.Flat(Tone.Shadow));
            c.Fill(new Capsule(-half + bevel + 1.5, top + bevel + 6, -half + bevel + 4.5, top + bevel + 2, 0.6), gem, Shading.Flat(Tone.Highlight));
        }
        Ornaments.Sparkle(c, c.PixelX(-5.5), c.PixelY(9));
    }

    public static void Key(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var metal = ItemPaint.Defining(s, "metal", new Hsv(44, 0.78, 0.94), new Hsv(210, 0.1, 0.84), new Hsv(30, 0.62, 0.74));
        var bowY = r.Range(5.5, 6.5);
        var bowX = bowY * r.Range(1, 1.2);
        var bow = new Ellipse(0, 8.5, bowX, bowY).Minus(new Ellipse(0, 8.5, bowX - 3.2, bowY - 3.2));
        c.FillCentred(new Box(-1.4, 13, 1.4, 29.2), metal, Shading.Cylinder);
        c.Fill(new Box(1.4, 22.2, r.Range(4.5, 6), 24.6), metal, Shading.Bevel);
        c.Fill(new Box(1.4, 26.6, r.Range(3.8, 5.5), 29.2), metal, Shading.Bevel);
        c.FillCentred(bow, metal, Shading.Sphere, separate: true);
        c.FillCentred(new Box(-3, 14.4, 3, 16.6), metal, Shading.Bevel, separate: true);
    }

    public static void Chest(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var wood = ItemPaint.Defining(s, "body", Ramp.From(new Hsv(r.Range(20, 30), r.Range(0.55, 0.68), r.Range(0.5, 0.64))));
        var bands = Ramp.From(s.SecondColour(r.Chance(0.65) ? new Hsv(44, 0.78, 0.94) : new Hsv(212, 0.12, 0.74)));
        var body = new Box(-12.5, 16, 12.5, 28.5);
        var lid = new Union(new Box(-12.5, 10, 12.5, 16), new Ellipse(0, 10, 12.5, r.Range(3.5, 5.5)).Within(new Box(-16, 0, 16, 10)));
        c.FillCentred(body, wood, Shading.Bevel);
        foreach (var plankY in new[] { 19.8, 23.8 })
        {
            c.FillCentred(new Box(-12, plankY, 12, plankY + 0.5), wood, Shading.Flat(Tone.Shadow));
        }
        c.FillCentred(lid, wood, Shading.Bevel, separate: true);
        var bandX = r.Range(7.5, 9.5);
        c.FillPair(new Box(-bandX - 1.5, 0, -bandX + 1.1, 32).Within(lid.Or(body)), bands, Shading.Bevel);
        c.FillCentred(new Box(-12.5, 15, 12.5, 16.8), bands, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-2.3, 13.4, 2.3, 19), bands, Shading.Bevel, separate: true);
        c.FillCentred(new Box(-0.6, 15.2, 0.6, 17.4), SpriteSketch.Ink, Shading.Flat(Tone.Base));
    }

    public static void Coin(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var metal = ItemPaint.Defining(s, "metal", new Hsv(46, 0.82, 0.97), new Hsv(44, 0.75, 0.92));
        var radiusX = r.Chance(0.3) ? r.Range(8.5, 10) : 12.5;
        var inner = new Ellipse(0, 16, radiusX - 2.4, 10.1);
        c.FillCentred(new Ellipse(0, 16, radiusX, 12.5), metal, Shading.Sphere);
        c.FillCentred(inner, metal, Shading.Flat(Tone.Base));
        c.Fill(inner.Minus(inner.Offset(1.2, 1.2)), metal, Shading.Flat(Tone.Shadow));
        c.Fill(inner.Minus(inner.Offset(-1.2, -1.2)), metal, Shading.Flat(Tone.Light));
        var emblem = r.Next(3) switch
        {
            0 => Ornaments.Star(0, 16, radiusX * 0.55, radiusX * 0.24),
            1 => Ornaments.HeartShape(0, 16.5, radiusX * 0.05),
            _ => new Polygon((-radiusX * 0.45, 19.5), (radiusX * 0.45, 19.5), (radiusX * 0.45, 12.5), (radiusX * 0.2, 15.5), (0, 11.5), (-radiusX * 0.2, 15.5), (-radiusX * 0.45, 12.5)),
        };
        c.Fill(emblem.Offset(1, 1), metal, Shading.Flat(Tone.Shadow));
        c.Fill(emblem, metal, Shading.Flat(Tone.Light));
        Ornaments.Sparkle(c, c.PixelX(-radiusX * 0.62), c.PixelY(8.5));
    }

    public static void Heart(SpriteSketch s)
    {
        var (r, c) = (s.Random, s.Canvas);
        var colour = Ramp.From(s.MainColour(new Hsv(354, 0.8, 0.92), new Hsv(340, 0.55, 0.98)));
        var scale = r.Range(0.95, 1.12);
        c.FillCentred(Ornaments.HeartShape(0, 16, scale), colour, Shading.Sphere);
        c.Fill(new Ellipse(-5.8 * scale, 10.2, 2.2, 1.5), colour, Shading.Flat(Tone.Highlight));
        c.Fill(Ellipse.Circle(-8.3 * scale, 13.3, 0.8), colour, Shading.Flat(Tone.Highlight));
        if (s.Mood is SpriteMood.Evil or SpriteMood.Spooky)
        {
            c.Fill(new Union(new Capsule(0.5, 8.5, -1.5, 13, 0.5), new Capsule(-1.5, 13, 1.5, 17, 0.5), new Capsule(1.5, 17, -0.5, 22, 0.5)), colour, Shading.Flat(Tone.Outline));
        }
        else if (s.Mood != SpriteMood.Neutral)
        {
            s.Face(-3.5, 15, 18);
        }
    }

}
