using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Characters;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>What the humanoid plan promises beyond the catalog's rules: the prompt's parts, colours, materials and variants show.</summary>
[TestFixture]
internal sealed class CharacterDesignTests
{
    private static readonly Hsv Green = new(120, 0.8, 0.7);

    [TestCase("knight", "armour")]
    [TestCase("wizard", "robe")]
    [TestCase("princess", "dress")]
    [TestCase("cowboy", "hat")]
    [TestCase("viking", "helmet")]
    [TestCase("archer", "hood")]
    [TestCase("hero", "cape")]
    [TestCase("gnome", "beard")]
    [TestCase("person", "shirt")]
    public void A_named_part_colour_recolours_that_part(string subject, string part)
    {
        var plain = Pixels(Spec(subject));
        var coloured = Pixels(Spec(subject) with { PartColours = new Dictionary<string, Hsv> { [part] = Green } });

        coloured.FractionDifferentFrom(plain).Should().BeGreaterThan(0.01, $"a green {part} changes the {subject}");
    }

    [Test]
    public void The_main_colour_dresses_the_outfit()
    {
        var red = Pixels(Spec("person") with { Colours = [new Hsv(0, 0.85, 0.85)] });
        var blue = Pixels(Spec("person") with { Colours = [new Hsv(220, 0.85, 0.85)] });

        red.FractionDifferentFrom(blue).Should().BeGreaterThan(0.05);
    }

    [Test]
    public void A_material_changes_the_armour()
    {
        var steel = Pixels(Spec("knight"));
        var golden = Pixels(Spec("knight") with { Material = "golden" });

        golden.FractionDifferentFrom(steel).Should().BeGreaterThan(0.1);
    }

    [TestCase("person", "wings")]
    [TestCase("person", "halo")]
    [TestCase("person", "horns")]
    [TestCase("person", "tail")]
    [TestCase("person", "cape")]
    [TestCase("person", "crown")]
    [TestCase("person", "helmet")]
    [TestCase("person", "hat")]
    [TestCase("wizard", "hood")]
    [TestCase("person", "backpack")]
    [TestCase("person", "antlers")]
    public void A_detail_adds_to_the_silhouette(string subject, string detail)
    {
        var plain = Pixels(Spec(subject));
        var detailed = Pixels(Spec(subject) with { Details = new HashSet<string> { detail } });

        detailed.SilhouetteDifferenceFrom(plain).Should().BeGreaterThan(0.008, $"a {subject} with {detail}");
    }

    [TestCase("person", "beard")]
    [TestCase("person", "eyepatch")]
    [TestCase("person", "mask")]
    [TestCase("person", "glasses")]
    [TestCase("person", "scarf")]
    [TestCase("person", "glow")]
    [TestCase("person", "armour")]
    [TestCase("person", "robe")]
    [TestCase("person", "dress")]
    [TestCase("knight", "hook")]
    public void A_detail_shows(string subject, string detail)
    {
        var plain = Pixels(Spec(subject));
        var detailed = Pixels(Spec(subject) with { Details = new HashSet<string> { detail } });

        detailed.FractionDifferentFrom(plain).Should().BeGreaterThan(0.004, $"a {subject} with {detail}");
    }

    [TestCase("archer", "elf")]
    [TestCase("warrior", "orc")]
    [TestCase("knight", "skeleton")]
    [TestCase("farmer", "zombie")]
    [TestCase("wizard", "goblin")]
    [TestCase("soldier", "dwarf")]
    public void A_species_variant_changes_the_body(string subject, string variant)
    {
        var human = Pixels(Spec(subject));
        var other = Pixels(Spec(subject) with { Variant = variant });

        other.FractionDifferentFrom(human).Should().BeGreaterThan(0.02, $"a {variant} {subject}");
    }

    [TestCase("knight", "axe")]
    [TestCase("farmer", "scythe")]
    [TestCase("wizard", "wand")]
    [TestCase("person", "spear")]
    [TestCase("person", "shield")]
    [TestCase("person", "fishing rod")]
    [TestCase("person", "torch")]
    public void A_held_item_replaces_the_default(string subject, string held)
    {
        var plain = Pixels(Spec(subject));
        var holding = Pixels(Spec(subject) with { Held = held });

        holding.SilhouetteDifferenceFrom(plain).Should().BeGreaterThan(0.005, $"a {subject} holding a {held}");
    }

    [Test]
    public void An_unknown_held_item_keeps_the_role_default()
    {
        Pixels(Spec("knight") with { Held = "spoon" }).FractionDifferentFrom(Pixels(Spec("knight"))).Should().Be(0);
    }

    [Test]
    public void One_eye_is_drawn_once_in_the_middle()
    {
        var two = Pixels(Spec("person"));
        var one = Pixels(Spec("person") with { EyeCount = 1 });

        one.FractionDifferentFrom(two).Should().BeGreaterThan(0);
    }

    [TestCase(SpriteMood.Evil)]
    [TestCase(SpriteMood.Happy)]
    [TestCase(SpriteMood.Cute)]
    public void The_mood_shows_on_the_face(SpriteMood mood)
    {
        Pixels(Spec("hero") with { Mood = mood }).FractionDifferentFrom(Pixels(Spec("hero"))).Should().BeGreaterThan(0.005);
    }

    [Test]
    [Explicit("Writes artifacts/sprites/characters*.png for people to judge the art.")]
    public void Contact_sheet()
    {
        var subjects = CharacterDesigns.Subjects.Keys.ToList();
        DesignContactSheet.Write(
            DesignContactSheet.ArtifactPath("characters.png"),
            [.. subjects.SelectMany(subject => new[] { 1, 2 }.Select(seed => ($"{subject} #{seed}", Draw(Spec(subject), seed))))]);
        var few = new[] { "knight", "wizard", "pirate", "cowboy", "viking", "samurai", "witch", "santa" };
        foreach (var grid in new[] { 16, 64 })
        {
            DesignContactSheet.Write(
                DesignContactSheet.ArtifactPath($"characters-{grid}.png"),
                [.. few.Select(subject => ($"{subject} {grid}", Draw(Spec(subject) with { GridSize = grid })))]);
        }
        DesignContactSheet.Write(
            DesignContactSheet.ArtifactPath("characters-spec.png"),
            [
                ("elf archer", Draw(Spec("archer") with { Variant = "elf" })),
                ("orc warrior", Draw(Spec("warrior") with { Variant = "orc" })),
                ("skeleton knight", Draw(Spec("knight") with { Variant = "skeleton" })),
                ("golden knight", Draw(Spec("knight") with { Material = "golden" })),
                ("evil wizard", Draw(Spec("wizard") with { Mood = SpriteMood.Evil })),
                ("cute princess", Draw(Spec("princess") with { Mood = SpriteMood.Cute })),
                ("pirate with a hook", Draw(Spec("pirate") with { Details = new HashSet<string> { "hook" } })),
                ("red hat wizard", Draw(Spec("wizard") with { PartColours = new Dictionary<string, Hsv> { ["hat"] = new(0, 0.8, 0.8) } })),
                ("person with wings halo", Draw(Spec("person") with { Details = new HashSet<string> { "wings", "halo" } })),
                ("cyclops person", Draw(Spec("person") with { EyeCount = 1 })),
                ("knight with axe", Draw(Spec("knight") with { Held = "axe" })),
                ("happy farmer", Draw(Spec("farmer") with { Mood = SpriteMood.Happy })),
                ("zombie farmer", Draw(Spec("farmer") with { Variant = "zombie" })),
                ("person glasses scarf", Draw(Spec("person") with { Details = new HashSet<string> { "glasses", "scarf", "beard" } })),
                ("blue eyes princess", Draw(Spec("princess") with { PartColours = new Dictionary<string, Hsv> { ["eyes"] = new(210, 0.8, 1) } })),
                ("spooky vampire", Draw(Spec("vampire") with { Mood = SpriteMood.Spooky })),
            ]);
    }

    private static SpriteSpec Spec(string subject) => new() { Subject = subject, Category = SubjectCategory.Character, SeedText = subject };

    private static SpritePixels Pixels(SpriteSpec spec) => SpritePixels.Of(Draw(spec));

    private static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);
}
