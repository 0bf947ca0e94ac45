using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Creatures;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>What the creature plans promise beyond the catalog's rules: colours, parts, eye counts, materials and variants change the drawing.</summary>
[TestFixture]
internal sealed class CreatureDesignTests
{
    private static readonly Hsv Red = new(0, 0.8, 0.85);
    private static readonly Hsv Blue = new(220, 0.75, 0.85);

    private static IEnumerable<string> Subjects => CreatureDesigns.Subjects.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Subjects))]
    public void A_named_colour_changes_the_creature(string subject)
    {
        var plain = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var blue = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Colours = [Blue] });
        var red = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Colours = [Red] });

        Math.Max(blue.FractionDifferentFrom(plain), red.FractionDifferentFrom(plain)).Should().BeGreaterThan(0.03, subject);
    }

    [TestCase("butterfly", "wings")]
    [TestCase("crab", "shell")]
    [TestCase("snail", "shell")]
    [TestCase("dragon", "wings")]
    [TestCase("eyeball", "eyes")]
    [TestCase("imp", "wings")]
    [TestCase("bird", "wings")]
    public void A_part_colour_changes_that_part(string subject, string part)
    {
        var plain = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var coloured = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, PartColours = new Dictionary<string, Hsv> { [part] = new(130, 0.8, 0.8) } });

        coloured.FractionDifferentFrom(plain).Should().BeGreaterThan(0.01);
        coloured.SilhouetteDifferenceFrom(plain).Should().Be(0, "a colour changes no shape");
    }

    [TestCase("dragon", "fire")]
    [TestCase("dragon", "spikes")]
    [TestCase("dragon", "tail")]
    [TestCase("cat", "tail")]
    [TestCase("cat", "wings")]
    [TestCase("monster", "tentacles")]
    [TestCase("eyeball", "wings")]
    [TestCase("snake", "wings")]
    [TestCase("golem", "horns")]
    [TestCase("slime", "glow")]
    [TestCase("octopus", "crown")]
    public void A_detail_adds_pixels(string subject, string detail)
    {
        var plain = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var detailed = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Details = new HashSet<string> { detail } });

        detailed.SilhouetteDifferenceFrom(plain).Should().BeGreaterThan(0.005, $"{subject} with {detail}");
    }

    [TestCase("eyeball")]
    [TestCase("spider")]
    [TestCase("monster")]
    public void The_eye_count_changes_the_face(string subject)
    {
        var one = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, EyeCount = 1 });
        var five = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, EyeCount = 5 });

        five.FractionDifferentFrom(one).Should().BeGreaterThan(0.01);
    }

    [TestCase("golem", "icy")]
    [TestCase("golem", "golden")]
    [TestCase("golem", "wooden")]
    [TestCase("elemental", "icy")]
    [TestCase("elemental", "stone")]
    public void A_material_changes_the_look(string subject, string material)
    {
        var plain = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var made = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Material = material });

        made.FractionDifferentFrom(plain).Should().BeGreaterThan(0.05);
    }

    [TestCase("water", "Water")]
    [TestCase("lightning", "Lightning")]
    [TestCase("ice", "Ice")]
    [TestCase("earth", "Earth")]
    [TestCase("air", "Air")]
    public void The_variant_picks_the_element(string variant, string element) =>
        SpiritDesigns.ElementOf(new SpriteSpec { Subject = "elemental", Category = SubjectCategory.Creature, Variant = variant }).ToString().Should().Be(element);

    [Test]
    public void An_elemental_without_words_is_fire_and_a_blue_one_is_water()
    {
        SpiritDesigns.ElementOf(new SpriteSpec { Subject = "elemental", Category = SubjectCategory.Creature }).Should().Be(SpiritDesigns.Element.Fire);
        SpiritDesigns.ElementOf(new SpriteSpec { Subject = "elemental", Category = SubjectCategory.Creature, Colours = [Blue] }).Should().Be(SpiritDesigns.Element.Water);
    }

    [TestCase("fish", "goldfish")]
    [TestCase("fish", "clownfish")]
    [TestCase("beetle", "ladybug")]
    public void Variants_differ(string subject, string variant)
    {
        var plain = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject });
        var varied = Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject, Variant = variant });

        varied.FractionDifferentFrom(plain).Should().BeGreaterThan(0.03);
    }

    [Test]
    [Explicit("Writes contact sheets of every creature to artifacts/sprites for people to judge")]
    public void Write_the_creature_contact_sheets()
    {
        foreach (var grid in new[] { 32, 16, 64 })
        {
            var sprites = new List<(string, RenderedSprite)>();
            foreach (var subject in CreatureDesigns.Subjects.Keys)
            {
                int[] seeds = grid == 32 ? [1, 2] : [1];
                foreach (var seed in seeds)
                    sprites.Add(($"{subject} {seed}", Render(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, GridSize = grid, SeedText = subject }, seed)));
                if (grid == 32)
                    sprites.Add(($"{subject} red", Render(new SpriteSpec { Subject = subject, Category = SubjectCategory.Creature, GridSize = grid, SeedText = subject, Colours = [Red] }, 1)));
            }
            DesignContactSheet.Write(DesignContactSheet.ArtifactPath($"creatures-{grid}.png"), sprites);
        }
        var extras = new List<(string, RenderedSprite)>();
        foreach (var (label, spec) in Extras())
            extras.Add((label, Render(spec, 1)));
        DesignContactSheet.Write(DesignContactSheet.ArtifactPath("creatures-details.png"), extras);
    }

    private static IEnumerable<(string, SpriteSpec)> Extras()
    {
        SpriteSpec Spec(string subject) => new() { Subject = subject, Category = SubjectCategory.Creature, SeedText = subject };
        yield return ("dragon fire spikes tail", Spec("dragon") with { Details = new HashSet<string> { "fire", "spikes", "tail" } });
        yield return ("evil dragon", Spec("dragon") with { Mood = SpriteMood.Evil });
        yield return ("cute cat wings", Spec("cat") with { Mood = SpriteMood.Cute, Details = new HashSet<string> { "wings" } });
        yield return ("monster 3 eyes", Spec("monster") with { EyeCount = 3, Details = new HashSet<string> { "horns", "tentacles" } });
        yield return ("eyeball 5 eyes", Spec("eyeball") with { EyeCount = 5 });
        yield return ("eyeball wings", Spec("eyeball") with { Details = new HashSet<string> { "wings" } });
        yield return ("spider 8 eyes", Spec("spider") with { EyeCount = 8 });
        yield return ("goldfish", Spec("fish") with { Variant = "goldfish" });
        yield return ("clownfish", Spec("fish") with { Variant = "clownfish" });
        yield return ("ladybug", Spec("beetle") with { Variant = "ladybug" });
        yield return ("blue butterfly", Spec("butterfly") with { Colours = [Blue] });
        yield return ("purple octopus", Spec("octopus") with { Colours = [new Hsv(280, 0.6, 0.8)] });
        foreach (var element in new[] { "water", "earth", "ice", "air", "lightning" })
            yield return ($"{element} elemental", Spec("elemental") with { Variant = element });
        foreach (var material in new[] { "icy", "golden", "wooden", "crystal" })
            yield return ($"{material} golem", Spec("golem") with { Material = material });
        yield return ("cute bee", Spec("bee") with { Mood = SpriteMood.Cute });
        yield return ("evil imp fire", Spec("imp") with { Mood = SpriteMood.Evil, Details = new HashSet<string> { "fire" } });
        yield return ("winged snake", Spec("snake") with { Details = new HashSet<string> { "wings" } });
        yield return ("glowing jellyfish", Spec("jellyfish") with { Details = new HashSet<string> { "glow" } });
        yield return ("cute penguin", Spec("penguin") with { Mood = SpriteMood.Cute });
        yield return ("spooky ghost crown", Spec("ghost") with { Mood = SpriteMood.Spooky, Details = new HashSet<string> { "crown" } });
    }

    private static SpritePixels Draw(SpriteSpec spec) => SpritePixels.Of(Render(spec, 1));

    private static RenderedSprite Render(SpriteSpec spec, int seed) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);
}
