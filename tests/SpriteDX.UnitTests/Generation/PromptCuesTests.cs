using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

[TestFixture]
internal sealed class PromptCuesTests
{
    [TestCase("green slime", SpriteKind.Slime)]
    [TestCase("a fearsome wyvern", SpriteKind.Dragon)]
    [TestCase("vampire bats", SpriteKind.Bat)]
    [TestCase("friendly spirit", SpriteKind.Ghost)]
    [TestCase("Kitten!", SpriteKind.Cat)]
    [TestCase("mech warrior bot", SpriteKind.Robot)]
    [TestCase("skull", SpriteKind.Skeleton)]
    [TestCase("paladin", SpriteKind.Knight)]
    [TestCase("old witch", SpriteKind.Wizard)]
    [TestCase("elf archer", SpriteKind.Hero)]
    [TestCase("katana", SpriteKind.Sword)]
    [TestCase("health elixir", SpriteKind.Potion)]
    [TestCase("buckler", SpriteKind.Shield)]
    [TestCase("ruby", SpriteKind.Gem)]
    [TestCase("rusty key", SpriteKind.Key)]
    [TestCase("treasure", SpriteKind.Chest)]
    [TestCase("gold coins", SpriteKind.Coin)]
    [TestCase("extra life heart", SpriteKind.Heart)]
    [TestCase("toadstool", SpriteKind.Mushroom)]
    [TestCase("pine", SpriteKind.Tree)]
    [TestCase("knight with a sword", SpriteKind.Knight)]
    [TestCase("dragon sword", SpriteKind.Sword)]
    [TestCase("zorblax the unknowable", SpriteKind.Critter)]
    public void Reads_the_kind(string prompt, SpriteKind kind) =>
        PromptCues.Read(prompt).Kind.Should().Be(kind);

    [TestCase("slime", 32)]
    [TestCase("16px slime", 16)]
    [TestCase("slime 16 px", 16)]
    [TestCase("32x32 slime", 32)]
    [TestCase("64 x 64 slime", 64)]
    [TestCase("64 pixel slime", 64)]
    [TestCase("tiny slime", 16)]
    [TestCase("detailed slime", 64)]
    [TestCase("slime with 3 eyes", 32)]
    [TestCase("1632px slime", 32)]
    public void Reads_the_grid_size(string prompt, int grid) =>
        PromptCues.Read(prompt).GridSize.Should().Be(grid);

    [TestCase("slime", SpriteMood.Neutral)]
    [TestCase("cute slime", SpriteMood.Cute)]
    [TestCase("evil slime", SpriteMood.Evil)]
    [TestCase("dark lord slime", SpriteMood.Evil)]
    [TestCase("dark blue slime", SpriteMood.Neutral)]
    [TestCase("happy slime", SpriteMood.Happy)]
    [TestCase("spooky slime", SpriteMood.Spooky)]
    public void Reads_the_mood(string prompt, SpriteMood mood) =>
        PromptCues.Read(prompt).Mood.Should().Be(mood);

    [Test]
    public void Reads_colours_in_order_with_their_modifiers()
    {
        var cues = PromptCues.Read("dark red and gold dragon");

        cues.ColourWords.Should().Equal("dark red", "gold");
        cues.Colours[0].Value.Should().BeLessThan(PromptCues.Read("red dragon").Colours[0].Value);
    }

    [TestCase("ice slime", 199)]
    [TestCase("frozen slime", 199)]
    [TestCase("fire slime", 20)]
    [TestCase("lava slime", 12)]
    [TestCase("teal slime", 176)]
    [TestCase("crimson slime", 348)]
    public void Reads_themes_as_colours(string prompt, double hue) =>
        PromptCues.Read(prompt).Colours.Should().ContainSingle().Which.Hue.Should().Be(hue);

    [Test]
    public void Normalises_case_spacing_and_punctuation() =>
        PromptCues.Read("  A  Red-Slime!! ").NormalisedPrompt.Should().Be("a red slime");
}
