using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;

namespace SpriteDX.UnitTests.Generation.Designs;

/// <summary>What the vehicle designs promise beyond the catalog's rules: named parts, variants and colours show.</summary>
[TestFixture]
internal sealed class VehicleDesignTests
{
    private static readonly Hsv Red = new(0, 0.8, 0.85);
    private static readonly Hsv Blue = new(215, 0.8, 0.9);
    private static readonly Hsv Black = new(240, 0.1, 0.15);

    private static IEnumerable<string> Subjects => VehicleDesigns.Subjects.Keys.Order(StringComparer.Ordinal);

    [Test]
    public void Every_vehicle_the_brief_names_is_drawn()
    {
        VehicleDesigns.Subjects.Keys.Should().BeEquivalentTo(
            "car", "truck", "tank", "boat", "ship", "spaceship", "rocket", "airplane", "helicopter", "train", "bicycle",
            "motorcycle", "cart", "bus", "submarine", "hot air balloon", "tractor", "carriage", "sled");
    }

    [TestCaseSource(nameof(Subjects))]
    public void The_named_colour_paints_the_vehicle(string subject)
    {
        var red = SpritePixels.Of(Draw(Spec(subject) with { Colours = [Red] }));
        var blue = SpritePixels.Of(Draw(Spec(subject) with { Colours = [Blue] }));

        red.FractionDifferentFrom(blue).Should().BeGreaterThan(0.02, subject);
    }

    [TestCase("spaceship", "thrusters")]
    [TestCase("rocket", "thrusters")]
    [TestCase("ship", "sail")]
    [TestCase("boat", "sail")]
    [TestCase("boat", "hull")]
    [TestCase("car", "wheels")]
    [TestCase("bus", "windows")]
    [TestCase("submarine", "hull")]
    public void A_named_part_colour_changes_that_part(string subject, string part)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var coloured = SpritePixels.Of(Draw(Spec(subject) with { PartColours = new Dictionary<string, Hsv> { [part] = Blue } }));

        coloured.FractionDifferentFrom(plain).Should().BeGreaterThan(0.005, $"{part} of the {subject}");
        coloured.SilhouetteDifferenceFrom(plain).Should().Be(0, "a colour changes no shape");
    }

    [Test]
    public void Black_sails_make_a_pirate_ship_dark()
    {
        var ship = SpritePixels.Of(Draw(Spec("ship") with { Variant = "pirate", PartColours = new Dictionary<string, Hsv> { ["sail"] = Black } }));
        var plain = SpritePixels.Of(Draw(Spec("ship")));

        DarkShare(ship).Should().BeGreaterThan(DarkShare(plain) + 0.05);
    }

    [TestCase("car", "sports")]
    [TestCase("car", "police")]
    [TestCase("car", "taxi")]
    [TestCase("car", "race")]
    [TestCase("ship", "pirate")]
    [TestCase("spaceship", "saucer")]
    public void Variants_look_different(string subject, string variant)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var varied = SpritePixels.Of(Draw(Spec(subject) with { Variant = variant }));

        varied.FractionDifferentFrom(plain).Should().BeGreaterThan(0.03, $"{variant} {subject}");
    }

    [TestCase("cart", "golden")]
    [TestCase("boat", "golden")]
    [TestCase("sled", "golden")]
    public void A_material_changes_the_look(string subject, string material)
    {
        var plain = SpritePixels.Of(Draw(Spec(subject)));
        var made = SpritePixels.Of(Draw(Spec(subject) with { Material = material }));

        made.FractionDifferentFrom(plain).Should().BeGreaterThan(0.03);
    }

    [Test]
    public void Fire_makes_a_rocket_burn_longer()
    {
        var plain = SpritePixels.Of(Draw(Spec("rocket")));
        var burning = SpritePixels.Of(Draw(Spec("rocket") with { Details = new HashSet<string> { "fire" } }));

        burning.OpaqueFraction.Should().BeGreaterThan(plain.OpaqueFraction);
    }

    [Test]
    [Explicit("Writes artifacts/sprites/vehicles*.png for people to look at.")]
    public void Contact_sheet()
    {
        foreach (var grid in new[] { 32, 16, 64 })
        {
            var sprites = new List<(string, RenderedSprite)>();
            foreach (var seed in grid == 32 ? new[] { 1, 2 } : [1])
            {
                foreach (var subject in VehicleDesigns.Subjects.Keys)
                    sprites.Add(($"{subject} #{seed}", Draw(Spec(subject) with { GridSize = grid }, seed)));
            }
            if (grid == 32)
            {
                sprites.Add(("red sports car", Draw(Spec("car") with { Variant = "sports", Colours = [Red] })));
                sprites.Add(("race car", Draw(Spec("car") with { Variant = "race" })));
                sprites.Add(("police car", Draw(Spec("car") with { Variant = "police" })));
                sprites.Add(("taxi", Draw(Spec("car") with { Variant = "taxi" })));
                sprites.Add(("spaceship blue thrusters", Draw(Spec("spaceship") with { PartColours = new Dictionary<string, Hsv> { ["thrusters"] = Blue } })));
                sprites.Add(("ufo", Draw(Spec("spaceship") with { Variant = "saucer" })));
                sprites.Add(("pirate ship black sails", Draw(Spec("ship") with { Variant = "pirate", PartColours = new Dictionary<string, Hsv> { ["sail"] = Black } })));
                sprites.Add(("pirate ship", Draw(Spec("ship") with { Variant = "pirate" }, 2)));
                sprites.Add(("blue truck", Draw(Spec("truck") with { Colours = [Blue] })));
                sprites.Add(("red bus", Draw(Spec("bus") with { Colours = [Red] })));
                sprites.Add(("golden carriage", Draw(Spec("carriage") with { Material = "golden" })));
                sprites.Add(("wooden boat", Draw(Spec("boat") with { Material = "wooden" })));
                sprites.Add(("red rocket", Draw(Spec("rocket") with { Colours = [Red] })));
                sprites.Add(("blue helicopter", Draw(Spec("helicopter") with { Colours = [Blue] })));
                sprites.Add(("evil tank", Draw(Spec("tank") with { Mood = SpriteMood.Evil })));
                sprites.Add(("car seed 3", Draw(Spec("car"), 3)));
            }
            DesignContactSheet.Write(DesignContactSheet.ArtifactPath(grid == 32 ? "vehicles.png" : $"vehicles-{grid}.png"), sprites);
        }
    }

    private static double DarkShare(SpritePixels pixels)
    {
        var opaque = pixels.Cells().Where(c => pixels.IsOpaque(c.X, c.Y)).ToList();
        return opaque.Count(c =>
        {
            pixels[c.X, c.Y].ToHsv(out _, out _, out var value);
            return value < 30;
        }) / (double)opaque.Count;
    }

    private static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec with { SeedText = spec.Subject + spec.Variant }, seed, SpritePalette.Default, spec.Subject);

    private static SpriteSpec Spec(string subject) => new() { Subject = subject, Category = SubjectCategory.Vehicle };
}
