using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Beasts;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>What the beasts honour from the spec: colours, part colours, details, variants, materials and moods.</summary>
[TestFixture]
internal sealed class BeastDesignTests
{
    private static readonly Hsv Red = new(0, 0.8, 0.85);
    private static readonly Hsv Blue = new(220, 0.7, 0.9);

    private static IEnumerable<string> Subjects => BeastDesigns.Subjects.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Subjects))]
    public void A_named_main_colour_recolours_the_beast(string subject)
    {
        var plain = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var red = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Colours = [Red] });

        red.FractionDifferentFrom(plain).Should().BeGreaterThan(0.05, $"a red {subject} is mostly red");
    }

    [TestCase("horse", "mane")]
    [TestCase("lion", "mane")]
    [TestCase("pegasus", "wings")]
    [TestCase("griffin", "wings")]
    [TestCase("turtle", "shell")]
    [TestCase("dog", "body")]
    public void A_named_part_colour_changes_that_part(string subject, string part)
    {
        var plain = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var coloured = Pixels(new SpriteSpec
        {
            Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, PartColours = new Dictionary<string, Hsv> { [part] = Blue },
        });

        coloured.FractionDifferentFrom(plain).Should().BeGreaterThan(0.01, $"a blue {part} shows on the {subject}");
    }

    [TestCase("horse", "wings")]
    [TestCase("dog", "wings")]
    [TestCase("wolf", "antlers")]
    [TestCase("pig", "horns")]
    [TestCase("cow", "armour")]
    [TestCase("lizard", "spikes")]
    [TestCase("dinosaur", "spikes")]
    [TestCase("yeti", "horns")]
    public void A_named_detail_adds_pixels(string subject, string detail)
    {
        var plain = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var detailed = Pixels(new SpriteSpec
        {
            Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Details = new HashSet<string> { detail },
        });

        detailed.FractionDifferentFrom(plain).Should().BeGreaterThan(0.005, $"a {subject} with {detail} shows them");
    }

    [TestCase("dinosaur", "t-rex", "triceratops")]
    [TestCase("dinosaur", "t-rex", "brontosaurus")]
    [TestCase("dog", null, "puppy")]
    [TestCase("camel", "dromedary", "bactrian")]
    public void Variants_draw_differently(string subject, string? one, string other)
    {
        var first = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Variant = one });
        var second = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Variant = other });

        second.SilhouetteDifferenceFrom(first).Should().BeGreaterThan(0.02, $"a {other} is not a {one ?? subject}");
    }

    [TestCase("horse")]
    [TestCase("frog")]
    public void A_material_changes_the_look(string subject)
    {
        var plain = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var golden = Pixels(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Material = "golden" });

        golden.FractionDifferentFrom(plain).Should().BeGreaterThan(0.05);
    }

    [TestCaseSource(nameof(Subjects))]
    public void Profile_and_face_on_beasts_blink(string subject)
    {
        var sprite = Render(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject }, seed: 1);

        SpritePixels.Of(sprite, 3).FractionDifferentFrom(SpritePixels.Of(sprite, 0)).Should().BeGreaterThan(0, "the last idle frame closes the eyes");
    }

    [Test]
    [Explicit("Writes artifacts/sprites/beasts*.png for people to judge.")]
    public void Writes_the_beasts_contact_sheets()
    {
        var brown = new Hsv(26, 0.6, 0.55);
        var white = new Hsv(40, 0.04, 0.96);
        var sprites = new List<(string, RenderedSprite)>();
        foreach (var subject in Subjects)
        {
            sprites.Add((subject, Render(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject }, seed: 1)));
            sprites.Add(($"{subject} #2", Render(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject }, seed: 2)));
        }
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath("beasts.png"), sprites);

        var coloured = Subjects.Select(subject => ($"{(subject.Length % 2 == 0 ? "white" : "brown")} {subject}", Render(
            new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Colours = [subject.Length % 2 == 0 ? white : brown] }, seed: 3))).ToList();
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath("beasts-coloured.png"), coloured);

        foreach (var grid in new[] { 16, 64 })
        {
            var sized = Subjects.Select(subject => ($"{subject} {grid}", Render(
                new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, GridSize = grid }, seed: 1))).ToList();
            DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"beasts-{grid}.png"), sized);
        }

        var extras = new (string Label, SpriteSpec Spec)[]
        {
            ("evil wolf", new SpriteSpec { Subject = "wolf", Category = SubjectCategory.Creature, SeedText = "wolf", Mood = SpriteMood.Evil }),
            ("cute fox", new SpriteSpec { Subject = "fox", Category = SubjectCategory.Creature, SeedText = "fox", Mood = SpriteMood.Cute }),
            ("puppy", new SpriteSpec { Subject = "dog", Category = SubjectCategory.Creature, SeedText = "dog", Variant = "puppy" }),
            ("triceratops", new SpriteSpec { Subject = "dinosaur", Category = SubjectCategory.Creature, SeedText = "dinosaur", Variant = "triceratops" }),
            ("brontosaurus", new SpriteSpec { Subject = "dinosaur", Category = SubjectCategory.Creature, SeedText = "dinosaur", Variant = "brontosaurus" }),
            ("golden horse", new SpriteSpec { Subject = "horse", Category = SubjectCategory.Creature, SeedText = "horse", Material = "golden" }),
            ("horse, red mane", new SpriteSpec { Subject = "horse", Category = SubjectCategory.Creature, SeedText = "horse", PartColours = new Dictionary<string, Hsv> { ["mane"] = Red } }),
            ("winged dog", new SpriteSpec { Subject = "dog", Category = SubjectCategory.Creature, SeedText = "dog", Details = new HashSet<string> { "wings" } }),
            ("fire horse", new SpriteSpec { Subject = "horse", Category = SubjectCategory.Creature, SeedText = "horse", Details = new HashSet<string> { "fire" } }),
            ("glowing cat-eyed wolf", new SpriteSpec { Subject = "wolf", Category = SubjectCategory.Creature, SeedText = "wolf", Details = new HashSet<string> { "glow" } }),
            ("armoured horse", new SpriteSpec { Subject = "horse", Category = SubjectCategory.Creature, SeedText = "horse", Details = new HashSet<string> { "armour" } }),
            ("blue-shell turtle", new SpriteSpec { Subject = "turtle", Category = SubjectCategory.Creature, SeedText = "turtle", PartColours = new Dictionary<string, Hsv> { ["shell"] = Blue } }),
            ("cute pig", new SpriteSpec { Subject = "pig", Category = SubjectCategory.Creature, SeedText = "pig", Mood = SpriteMood.Cute }),
            ("evil bear", new SpriteSpec { Subject = "bear", Category = SubjectCategory.Creature, SeedText = "bear", Mood = SpriteMood.Evil }),
            ("spiky lizard", new SpriteSpec { Subject = "lizard", Category = SubjectCategory.Creature, SeedText = "lizard", Details = new HashSet<string> { "spikes" } }),
            ("lop rabbit", new SpriteSpec { Subject = "rabbit", Category = SubjectCategory.Creature, SeedText = "rabbit", Variant = "lop" }),
        };
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath("beasts-extras.png"), [.. extras.Select(e => (e.Label, Render(e.Spec, seed: 1)))]);
    }

    private static SpritePixels Pixels(SpriteSpec spec) => SpritePixels.Of(Render(spec, seed: 1));

    private static RenderedSprite Render(SpriteSpec spec, int seed) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);
}
