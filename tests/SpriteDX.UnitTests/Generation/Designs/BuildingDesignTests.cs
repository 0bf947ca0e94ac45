using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>What the building designs promise beyond the catalog's rules: named parts, materials, moods and variants show.</summary>
[TestFixture]
internal sealed class BuildingDesignTests
{
    private static readonly Hsv Red = new(0, 0.8, 0.85);
    private static readonly Hsv Blue = new(215, 0.8, 0.9);

    private static IEnumerable<string> Subjects => BuildingDesigns.Subjects.Keys.Order(StringComparer.Ordinal);

    [Test]
    public void Every_building_the_brief_names_is_drawn()
    {
        BuildingDesigns.Subjects.Keys.Should().BeEquivalentTo(
            "house", "castle", "tower", "stall", "tent", "windmill", "church", "temple", "well", "bridge", "gate", "door",
            "lighthouse", "shop", "barn", "hut", "igloo", "pyramid", "fountain");
    }

    [TestCaseSource(nameof(Subjects))]
    public void The_named_colour_changes_the_building(string subject)
    {
        var red = SpritePixels.Of(Draw(Spec(subject) with { Colours = [Red] }));
        var blue = SpritePixels.Of(Draw(Spec(subject) with { Colours = [Blue] }));

        red.FractionDifferentFrom(blue).Should().BeGreaterThan(0.02, subject);
    }

    [TestCase("house", "roof")]
    [TestCase("house", "walls")]
    [TestCase("house", "door")]
    [TestCase("church", "roof")]
    [TestCase("shop", "awning")]
    [TestCase("stall", "awning")]
    [TestCase("windmill", "sail")]
    [TestCase("castle", "walls")]
    [TestCase("door", "door")]
    [TestCase("lighthouse", "roof")]
    public void A_named_part_colour_changes_that_part(string subject, string part)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var coloured = SpritePixels.Of(Draw(Spec(subject) with { PartColours = new Dictionary<string, Hsv> { [part] = Blue } }));

        coloured.FractionDifferentFrom(plain).Should().BeGreaterThan(0.01, $"{part} of the {subject}");
        coloured.SilhouetteDifferenceFrom(plain).Should().Be(0, "a colour changes no shape");
    }

    [Test]
    public void A_red_roof_makes_the_house_red_on_top()
    {
        var house = SpritePixels.Of(Draw(Spec("house") with { PartColours = new Dictionary<string, Hsv> { ["roof"] = Red } }));
        var roofHues = Enumerable.Range(6, 6).SelectMany(y => Enumerable.Range(6, 20).Select(x => house[x, y]))
            .Where(colour => colour.Alpha > 0)
            .Select(colour =>
            {
                colour.ToHsv(out var hue, out var saturation, out _);
                return (hue, saturation);
            });

        roofHues.Should().Contain(pixel => (pixel.hue < 20 || pixel.hue > 340) && pixel.saturation > 40);
    }

    [TestCase("gate", "wooden")]
    [TestCase("gate", "golden")]
    [TestCase("door", "iron")]
    [TestCase("house", "wooden")]
    [TestCase("castle", "icy")]
    [TestCase("bridge", "wooden")]
    [TestCase("well", "golden")]
    public void A_material_changes_the_look(string subject, string material)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var made = SpritePixels.Of(Draw(Spec(subject) with { Material = material }));

        made.FractionDifferentFrom(plain).Should().BeGreaterThan(0.03, $"{material} {subject}");
    }

    [TestCase("house", "cottage")]
    [TestCase("tower", "wizard")]
    [TestCase("castle", "ice")]
    public void Variants_look_different(string subject, string variant)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var varied = SpritePixels.Of(Draw(Spec(subject) with { Variant = variant }));

        varied.FractionDifferentFrom(plain).Should().BeGreaterThan(0.05, $"{variant} {subject}");
    }

    [Test]
    public void A_spooky_house_boards_its_windows_and_lights_them()
    {
        var plain = SpritePixels.Of(Draw(Spec("house")));
        var spooky = SpritePixels.Of(Draw(Spec("house") with { Mood = SpriteMood.Spooky }));

        spooky.FractionDifferentFrom(plain).Should().BeGreaterThan(0.1);
    }

    [Test]
    [Explicit("Writes artifacts/sprites/buildings*.png for people to look at.")]
    public void Contact_sheet()
    {
        foreach (var grid in new[] { 32, 16, 64 })
        {
            var sprites = new List<(string, RenderedSprite)>();
            foreach (var seed in grid == 32 ? new[] { 1, 2 } : [1])
            {
                foreach (var subject in BuildingDesigns.Subjects.Keys)
                    sprites.Add(($"{subject} #{seed}", Draw(Spec(subject) with { GridSize = grid }, seed)));
            }
            if (grid == 32)
            {
                sprites.Add(("small house red roof", Draw(Spec("house") with { PartColours = new Dictionary<string, Hsv> { ["roof"] = Red } })));
                sprites.Add(("cottage", Draw(Spec("house") with { Variant = "cottage" })));
                sprites.Add(("spooky house", Draw(Spec("house") with { Mood = SpriteMood.Spooky })));
                sprites.Add(("blue house", Draw(Spec("house") with { Colours = [Blue] })));
                sprites.Add(("wooden house", Draw(Spec("house") with { Material = "wooden" })));
                sprites.Add(("iron gate", Draw(Spec("gate") with { Material = "iron" })));
                sprites.Add(("wooden gate", Draw(Spec("gate") with { Material = "wooden" })));
                sprites.Add(("wooden door", Draw(Spec("door") with { Material = "wooden" })));
                sprites.Add(("iron door", Draw(Spec("door") with { Material = "iron" })));
                sprites.Add(("red door", Draw(Spec("door") with { Colours = [Red] })));
                sprites.Add(("wizard tower", Draw(Spec("tower") with { Variant = "wizard" })));
                sprites.Add(("stone tower flag", Draw(Spec("tower") with { Material = "stone", Details = new HashSet<string> { "flag" } })));
                sprites.Add(("ice castle", Draw(Spec("castle") with { Variant = "ice" })));
                sprites.Add(("evil castle", Draw(Spec("castle") with { Mood = SpriteMood.Evil })));
                sprites.Add(("wooden bridge", Draw(Spec("bridge") with { Material = "wooden" })));
                sprites.Add(("stone bridge", Draw(Spec("bridge") with { Material = "stone" })));
                sprites.Add(("golden temple", Draw(Spec("temple") with { Material = "golden" })));
                sprites.Add(("blue stall", Draw(Spec("stall") with { PartColours = new Dictionary<string, Hsv> { ["awning"] = Blue } })));
                sprites.Add(("lighthouse glow", Draw(Spec("lighthouse") with { Details = new HashSet<string> { "glow" } })));
                sprites.Add(("red tent", Draw(Spec("tent") with { Colours = [Red] })));
            }
            DesignContactSheet.Write(DesignContactSheet.ArtifactPath(grid == 32 ? "buildings.png" : $"buildings-{grid}.png"), sprites);
        }
    }

    private static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec with { SeedText = spec.Subject + spec.Variant }, seed, SpritePalette.Default, spec.Subject);

    private static SpriteSpec Spec(string subject) => new() { Subject = subject, Category = SubjectCategory.Building };
}
