using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using static SpriteDX.UnitTests.Generation.Designs.NatureDesignSketch;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class FoodDesignTests
{
    private static readonly string[] Subjects =
    [
        "apple", "bread", "cheese", "pizza", "cake", "drumstick", "carrot", "cherry", "banana", "egg", "burger", "cookie",
        "donut", "pie", "ice cream", "grapes", "strawberry", "watermelon", "lemon", "orange", "pear", "steak", "sushi",
        "candy", "cupcake", "pumpkin", "corn", "tomato", "potato", "sandwich", "hot dog", "taco", "coffee", "milk", "honey",
        "chocolate", "lollipop",
    ];

    /// <summary>Round things people tell apart by their stalks, leaves and outlines, not only their colour.</summary>
    private static readonly string[] LookAlikes = ["apple", "cherry", "tomato", "orange", "lemon", "pear", "pumpkin", "strawberry", "cookie", "donut"];

    private static SpriteSpec Food(string subject) => Spec(subject, SubjectCategory.Food);

    [Test]
    public void Round_fruit_keep_shapes_of_their_own_whatever_the_seed()
    {
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            var shapes = LookAlikes.Select(subject => (Subject: subject, Pixels: Pixels(Food(subject), seed))).ToList();
            var twins = shapes.SelectMany((one, i) => shapes.Skip(i + 1)
                    .Where(other => one.Pixels.SilhouetteDifferenceFrom(other.Pixels) < 0.04)
                    .Select(other => $"{one.Subject} ~ {other.Subject}"))
                .ToList();

            twins.Should().BeEmpty($"seed {seed}");
        }
    }

    [Test]
    public void Cake_cupcake_and_pie_are_shaped_apart()
    {
        var (cake, cupcake, pie) = (Pixels(Food("cake")), Pixels(Food("cupcake")), Pixels(Food("pie")));

        cake.SilhouetteDifferenceFrom(cupcake).Should().BeGreaterThan(0.08);
        cake.SilhouetteDifferenceFrom(pie).Should().BeGreaterThan(0.08);
        cupcake.SilhouetteDifferenceFrom(pie).Should().BeGreaterThan(0.08);
    }

    [TestCase("cake")]
    [TestCase("cupcake")]
    [TestCase("donut")]
    public void Named_frosting_colours_the_frosting(string subject)
    {
        var blue = Pixels(Food(subject) with { PartColours = new Dictionary<string, Hsv> { ["frosting"] = Blue } });

        ShareNearHue(blue, Blue.Hue).Should().BeGreaterThan(0.2);
    }

    [TestCase("apple")]
    [TestCase("lollipop")]
    [TestCase("candy")]
    [TestCase("grapes")]
    public void The_main_colour_goes_to_the_food(string subject)
    {
        ShareNearHue(Pixels(Food(subject) with { Colours = [Blue] }), Blue.Hue).Should().BeGreaterThan(0.4);
    }

    [Test]
    public void A_golden_apple_is_golden()
    {
        ShareNearHue(Pixels(Food("apple") with { Material = "golden" }), 44, 15).Should().BeGreaterThan(0.5);
    }

    [Test]
    public void An_egg_is_fried_unless_the_variant_asks_for_it_whole()
    {
        var fried = Pixels(Food("egg"));
        var boiled = Pixels(Food("egg") with { Variant = "boiled" });

        fried.SilhouetteDifferenceFrom(boiled).Should().BeGreaterThan(0.08);
    }

    [Test]
    public void A_spooky_pumpkin_is_a_jack_o_lantern()
    {
        var plain = Pixels(Food("pumpkin"));
        var spooky = Pixels(Food("pumpkin") with { Mood = SpriteMood.Spooky });

        ShareNearHue(spooky, 48, 8).Should().BeGreaterThan(ShareNearHue(plain, 48, 8) + 0.05, "the carved face glows yellow");
    }

    [Test, Explicit("Writes contact sheets to artifacts/sprites for people to look at")]
    public void Write_the_food_contact_sheets() =>
        WriteSheets("food", [.. Subjects.Select(subject => (subject, Food(subject))), ("boiled egg", Food("egg") with { Variant = "boiled" }), ("spooky pumpkin", Food("pumpkin") with { Mood = SpriteMood.Spooky })], [Blue, Red, White]);
}
