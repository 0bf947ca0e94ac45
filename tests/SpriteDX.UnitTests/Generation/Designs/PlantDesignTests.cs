using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using static SpriteDX.UnitTests.Generation.Designs.NatureDesignSketch;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class PlantDesignTests
{
    private static readonly string[] Subjects =
    [
        "tree", "flower", "rose", "sunflower", "tulip", "cactus", "bush", "mushroom", "rock", "crystal", "log", "grass",
        "vine", "stump", "leaf", "seaweed",
    ];

    private static readonly string[] TreeKinds = ["oak", "pine", "palm", "birch", "dead", "cherry blossom", "willow", "apple"];

    private static SpriteSpec Plant(string subject) => Spec(subject, SubjectCategory.Plant);

    [Test]
    public void Each_kind_of_tree_has_its_own_shape_or_colouring()
    {
        var trees = TreeKinds.Select(kind => (Kind: kind, Pixels: Pixels(Plant("tree") with { Variant = kind }))).ToList();

        var twins = trees.SelectMany((one, i) => trees.Skip(i + 1)
                .Where(other => one.Pixels.FractionDifferentFrom(other.Pixels) < 0.04)
                .Select(other => $"{one.Kind} ~ {other.Kind}"))
            .ToList();

        twins.Should().BeEmpty();
    }

    [Test]
    public void A_tree_without_a_variant_is_the_round_oak()
    {
        foreach (var seed in new[] { 1, 2, 3 })
            Pixels(Plant("tree"), seed).SilhouetteDifferenceFrom(Pixels(Plant("tree") with { Variant = "oak" }, seed)).Should().Be(0);
    }

    [Test]
    public void A_spooky_tree_is_a_dead_one()
    {
        var spooky = Pixels(Plant("tree") with { Mood = SpriteMood.Spooky });
        var dead = Pixels(Plant("tree") with { Variant = "dead" });

        spooky.SilhouetteDifferenceFrom(dead).Should().Be(0);
    }

    [TestCase("icy")]
    [TestCase(null)]
    public void A_pine_in_snow_wears_snow_caps(string? material)
    {
        var plain = Pixels(Plant("tree") with { Variant = "pine" });
        var snowy = Pixels(Plant("tree") with { Variant = "pine", Material = material, Colours = material is null ? [White] : [] });

        ShareNearWhite(snowy).Should().BeGreaterThan(ShareNearWhite(plain) + 0.1);
    }

    [TestCase("flower", "petals")]
    [TestCase("rose", "petals")]
    [TestCase("tulip", "petals")]
    [TestCase("tree", "leaves")]
    [TestCase("bush", "leaves")]
    [TestCase("mushroom", "cap")]
    public void A_named_part_colour_paints_that_part(string subject, string part)
    {
        var blue = Pixels(Plant(subject) with { PartColours = new Dictionary<string, Hsv> { [part] = Blue } });

        ShareNearHue(blue, Blue.Hue).Should().BeGreaterThan(0.3, $"the {part} of a {subject} are most of it");
    }

    [TestCase("flower")]
    [TestCase("crystal")]
    [TestCase("rock")]
    [TestCase("cactus")]
    public void The_main_colour_goes_to_the_part_that_names_the_plant(string subject)
    {
        ShareNearHue(Pixels(Plant(subject) with { Colours = [Blue] }), Blue.Hue).Should().BeGreaterThan(0.3);
    }

    [Test]
    public void A_golden_tree_has_golden_leaves()
    {
        ShareNearHue(Pixels(Plant("tree") with { Material = "golden" }), 44, 15).Should().BeGreaterThan(0.5);
    }

    [Test]
    public void A_crystal_cluster_is_not_a_gem()
    {
        var gem = SpritePixels.Of(Draw(Spec("gem", SubjectCategory.Item)));

        Pixels(Plant("crystal")).SilhouetteDifferenceFrom(gem).Should().BeGreaterThan(0.1);
    }

    [Test]
    public void A_glowing_mushroom_gives_off_glints()
    {
        var plain = Pixels(Plant("mushroom"));
        var glowing = Pixels(Plant("mushroom") with { Details = new HashSet<string> { "glow" } });

        glowing.OpaqueFraction.Should().BeGreaterThan(plain.OpaqueFraction);
    }

    [Test, Explicit("Writes contact sheets to artifacts/sprites for people to look at")]
    public void Write_the_plant_contact_sheets() =>
        WriteSheets(
            "plants",
            [.. Subjects.Select(subject => (subject, Plant(subject))), .. TreeKinds.Select(kind => ($"{kind} tree", Plant("tree") with { Variant = kind }))],
            [Blue, Red, White]);
}
