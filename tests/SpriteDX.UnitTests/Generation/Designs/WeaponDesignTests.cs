using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class WeaponDesignTests
{
    private static readonly Hsv Red = new(0, 0.8, 0.85);

    private static SpriteSpec Weapon(string subject) => ItemWeaponSheets.Spec(subject, SubjectCategory.Weapon);

    [TestCase("sword")]
    [TestCase("dagger")]
    [TestCase("katana")]
    [TestCase("spear")]
    [TestCase("axe")]
    public void A_named_blade_colour_paints_the_blade(string subject)
    {
        var red = ItemWeaponSheets.Pixels(Weapon(subject) with { PartColours = new Dictionary<string, Hsv> { ["blade"] = Red } });

        ItemWeaponSheets.HueDistance(red.DominantHue(), 0).Should().BeLessThan(30, $"a red-bladed {subject} is mostly red");
    }

    [Test]
    public void A_named_handle_colour_paints_the_grip_and_leaves_the_blade()
    {
        var plain = ItemWeaponSheets.Pixels(Weapon("axe"));
        var green = ItemWeaponSheets.Pixels(Weapon("axe") with { PartColours = new Dictionary<string, Hsv> { ["handle"] = new(120, 0.8, 0.7) } });

        green.SilhouetteDifferenceFrom(plain).Should().Be(0);
        green.FractionDifferentFrom(plain).Should().BeGreaterThan(0.02);
        ItemWeaponSheets.HueDistance(green.DominantHue(), 120).Should().BeLessThan(40);
    }

    [TestCase("sword", "glow")]
    [TestCase("sword", "fire")]
    [TestCase("staff", "glow")]
    [TestCase("shield", "glow")]
    [TestCase("club", "spikes")]
    public void A_detail_adds_to_the_drawing(string subject, string detail)
    {
        var plain = ItemWeaponSheets.Pixels(Weapon(subject));
        var detailed = ItemWeaponSheets.Pixels(Weapon(subject) with { Details = new HashSet<string> { detail } });

        detailed.OpaqueFraction.Should().BeGreaterThan(plain.OpaqueFraction, $"a {subject} with {detail} covers more of the sprite");
    }

    [TestCase("sword", "broadsword", "rapier")]
    [TestCase("axe", "battle", null)]
    [TestCase("pistol", "laser", null)]
    public void Variants_have_shapes_of_their_own(string subject, string variant, string? other)
    {
        var one = ItemWeaponSheets.Pixels(Weapon(subject) with { Variant = variant });
        var two = ItemWeaponSheets.Pixels(Weapon(subject) with { Variant = other });

        one.SilhouetteDifferenceFrom(two).Should().BeGreaterThan(0.03, $"{variant} and {other ?? "plain"} {subject}s differ");
    }

    [TestCase("shield", "wooden")]
    [TestCase("sword", "golden")]
    [TestCase("club", "bone")]
    public void A_material_changes_the_look(string subject, string material)
    {
        var plain = ItemWeaponSheets.Pixels(Weapon(subject));
        var made = ItemWeaponSheets.Pixels(Weapon(subject) with { Material = material });

        made.FractionDifferentFrom(plain).Should().BeGreaterThan(0.05);
    }

    [Test, Explicit("Writes artifacts/sprites/weapons*.png for people to look at.")]
    public void Contact_sheet() =>
        ItemWeaponSheets.Write("weapons", WeaponDesigns.Subjects.Keys, SubjectCategory.Weapon, Red, "golden",
        [
            ("broadsword", Weapon("sword") with { Variant = "broadsword" }),
            ("rapier", Weapon("sword") with { Variant = "rapier" }),
            ("flaming sword", Weapon("sword") with { Details = new HashSet<string> { "fire" } }),
            ("glowing sword", Weapon("sword") with { Details = new HashSet<string> { "glow" }, Colours = [new Hsv(200, 0.6, 0.95)] }),
            ("battle axe", Weapon("axe") with { Variant = "battle" }),
            ("laser pistol", Weapon("pistol") with { Variant = "laser" }),
            ("spiked club", Weapon("club") with { Details = new HashSet<string> { "spikes" } }),
            ("wooden shield", Weapon("shield") with { Material = "wooden" }),
            ("red-handled hammer", Weapon("hammer") with { PartColours = new Dictionary<string, Hsv> { ["handle"] = Red } }),
            ("evil scythe", Weapon("scythe") with { Mood = SpriteMood.Evil, Colours = [new Hsv(280, 0.5, 0.6)] }),
        ]);
}
