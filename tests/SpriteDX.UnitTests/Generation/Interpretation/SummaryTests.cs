using SpriteDX.Modules.Generation.Interpretation;

namespace SpriteDX.UnitTests.Generation.Interpretation;

/// <summary>The one line a person reads before paying.</summary>
[TestFixture]
internal sealed class SummaryTests
{
    [TestCase("evil red dragon with wings", "32×32 evil red dragon with wings")]
    [TestCase("16px golden key", "16×16 golden key")]
    [TestCase("old wizard with a beard and a staff", "32×32 old wizard with a beard, holding a staff")]
    [TestCase("small house with a red roof", "32×32 small house with a red roof")]
    [TestCase("64x64 spaceship with blue thrusters", "64×64 spaceship with blue thrusters")]
    [TestCase("a cute crimson slime, 16px", "16×16 cute crimson slime")]
    [TestCase("kitten", "32×32 cute cat")]
    [TestCase("pine tree in snow", "32×32 pine tree with snow")]
    [TestCase("elf archer with a green hood", "32×32 elf archer with a green hood")]
    [TestCase("pirate captain with an eyepatch and a hook", "32×32 pirate with an eyepatch and a hook")]
    [TestCase("skeleton warrior with a rusty sword", "32×32 skeleton, holding a rusty sword")]
    [TestCase("dark red and gold dragon", "32×32 dark red golden dragon")]
    [TestCase("one-eyed purple monster", "32×32 one-eyed purple monster")]
    [TestCase("glowing blue mushroom", "32×32 glowing blue mushroom")]
    [TestCase("viking warrior with a horned helmet", "32×32 viking with horns and a helmet")]
    [TestCase("orange cat with an orange hat", "32×32 orange cat with an orange hat")]
    [TestCase("red dragon breathing fire", "32×32 red dragon with flames")]
    public void Says_what_will_be_drawn(string prompt, string summary) =>
        PromptInterpreter.Interpret(prompt).Summary.Should().Be(summary);

    [Test]
    public void Lists_details_materials_and_what_is_held()
    {
        var interpretation = PromptInterpreter.Interpret("golden knight with a red cape holding a sword");

        interpretation.Details.Should().Equal("red cape", "golden", "holding a sword");
    }

    [Test]
    public void Lists_a_glow_once() =>
        PromptInterpreter.Interpret("glowing blue mushroom").Details.Should().Equal("glowing");
}
