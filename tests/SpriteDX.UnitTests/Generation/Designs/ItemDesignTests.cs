using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class ItemDesignTests
{
    private static IEnumerable<string> Items => ItemDesigns.Subjects.Keys.Where(subject => subject is not ("mushroom" or "tree"));

    private static SpriteSpec Item(string subject) => ItemWeaponSheets.Spec(subject, SubjectCategory.Item);

    [TestCase("health", 352)]
    [TestCase("mana", 214)]
    public void A_potion_kind_picks_its_liquid(string variant, double hue)
    {
        foreach (var seed in new[] { 1, 2, 3 })
            ItemWeaponSheets.HueDistance(ItemWeaponSheets.Pixels(Item("potion") with { Variant = variant }, seed).DominantHue(), hue).Should().BeLessThan(40, $"{variant} potion, seed {seed}");
    }

    [TestCase("potion", "liquid")]
    [TestCase("book", "cover")]
    [TestCase("scroll", "ribbon")]
    [TestCase("cauldron", "liquid")]
    [TestCase("torch", "flame")]
    [TestCase("medal", "ribbon")]
    public void A_named_part_colour_paints_that_part(string subject, string part)
    {
        var plain = ItemWeaponSheets.Pixels(Item(subject));
        var green = ItemWeaponSheets.Pixels(Item(subject) with { PartColours = new Dictionary<string, Hsv> { [part] = new(125, 0.8, 0.7) } });

        green.FractionDifferentFrom(plain).Should().BeGreaterThan(0.01, $"the {subject}'s {part} is repainted");
        green.SilhouetteDifferenceFrom(plain).Should().Be(0, "a colour does not change the shape");
    }

    [TestCase("key")]
    [TestCase("crown")]
    [TestCase("trophy")]
    [TestCase("coin")]
    [TestCase("bell")]
    public void Golden_things_are_gold(string subject)
    {
        foreach (var seed in new[] { 1, 2 })
            ItemWeaponSheets.HueDistance(ItemWeaponSheets.Pixels(Item(subject) with { Material = "golden" }, seed).DominantHue(), 45).Should().BeLessThan(20, $"golden {subject}, seed {seed}");
    }

    [TestCase("barrel", "silver")]
    [TestCase("bag", "leather")]
    [TestCase("crate", "stone")]
    [TestCase("orb", "glass")]
    [TestCase("ring", "silver")]
    [TestCase("skull", "crystal")]
    public void A_material_changes_the_look(string subject, string material)
    {
        var plain = ItemWeaponSheets.Pixels(Item(subject));
        var made = ItemWeaponSheets.Pixels(Item(subject) with { Material = material });

        made.FractionDifferentFrom(plain).Should().BeGreaterThan(0.03, $"a {material} {subject}");
    }

    [TestCase("ring")]
    [TestCase("amulet")]
    [TestCase("crown")]
    public void A_ruby_is_red(string subject)
    {
        var ruby = ItemWeaponSheets.Pixels(Item(subject) with { Details = new HashSet<string> { "ruby" }, PartColours = new Dictionary<string, Hsv>() }, seed: 5);
        var emerald = ItemWeaponSheets.Pixels(Item(subject) with { PartColours = new Dictionary<string, Hsv> { ["gem"] = new(140, 0.8, 0.7) } }, seed: 5);

        ruby.FractionDifferentFrom(emerald).Should().BeGreaterThan(0.005, $"the {subject}'s stone changes with the gem it is named for");
    }

    [TestCase("orb")]
    [TestCase("lantern")]
    [TestCase("potion")]
    [TestCase("star")]
    public void Glow_adds_a_halo(string subject)
    {
        var plain = ItemWeaponSheets.Pixels(Item(subject));
        var glowing = ItemWeaponSheets.Pixels(Item(subject) with { Details = new HashSet<string> { "glow" } });

        glowing.OpaqueFraction.Should().BeGreaterThan(plain.OpaqueFraction + 0.02);
    }

    [Test]
    public void Hat_kinds_and_a_spell_book_have_shapes_or_marks_of_their_own()
    {
        var hats = new[] { "wizard", "cowboy", "top hat" }.Select(kind => ItemWeaponSheets.Pixels(Item("hat") with { Variant = kind })).ToList();
        hats[0].SilhouetteDifferenceFrom(hats[1]).Should().BeGreaterThan(0.05);
        hats[1].SilhouetteDifferenceFrom(hats[2]).Should().BeGreaterThan(0.05);
        hats[0].SilhouetteDifferenceFrom(hats[2]).Should().BeGreaterThan(0.05);

        ItemWeaponSheets.Pixels(Item("book") with { Variant = "spell" }).FractionDifferentFrom(ItemWeaponSheets.Pixels(Item("book"))).Should().BeGreaterThan(0.02);
    }

    [Test, Explicit("Writes artifacts/sprites/items*.png for people to look at.")]
    public void Contact_sheet() =>
        ItemWeaponSheets.Write("items", Items, SubjectCategory.Item, new Hsv(140, 0.7, 0.7), "golden",
        [
            ("health potion", Item("potion") with { Variant = "health" }),
            ("mana potion", Item("potion") with { Variant = "mana", Details = new HashSet<string> { "glow" } }),
            ("spell book", Item("book") with { Variant = "spell" }),
            ("wizard hat", Item("hat") with { Variant = "wizard" }),
            ("cowboy hat", Item("hat") with { Variant = "cowboy" }),
            ("top hat", Item("hat") with { Variant = "top hat" }),
            ("viking helmet", Item("helmet") with { Details = new HashSet<string> { "horns" } }),
            ("ruby ring", Item("ring") with { Details = new HashSet<string> { "ruby" }, Material = "silver" }),
            ("glowing orb", Item("orb") with { Details = new HashSet<string> { "glow" }, Colours = [new Hsv(190, 0.7, 0.9)] }),
            ("evil skull", Item("skull") with { Mood = SpriteMood.Evil }),
            ("cute star", Item("star") with { Mood = SpriteMood.Cute }),
            ("leather bag", Item("bag") with { Material = "leather" }),
            ("glass bottle", Item("bottle") with { Material = "glass" }),
            ("blue-flame lantern", Item("lantern") with { PartColours = new Dictionary<string, Hsv> { ["flame"] = new(200, 0.8, 1) } }),
        ]);
}
