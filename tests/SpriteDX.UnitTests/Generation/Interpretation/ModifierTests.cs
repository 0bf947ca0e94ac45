using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation.Interpretation;

/// <summary>What the words around the subject say: colours (per part too), materials, details, held items, eyes, mood and size.</summary>
[TestFixture]
internal sealed class ModifierTests
{
    [TestCase("red dragon", 0)]
    [TestCase("crimson slime", 348)]
    [TestCase("ice slime", 199)]
    [TestCase("frozen slime", 199)]
    [TestCase("fire slime", 20)]
    [TestCase("lava slime", 12)]
    [TestCase("teal slime", 176)]
    [TestCase("orange cat", 28)]
    [TestCase("ruby", 348)]
    [TestCase("goldfish", 28)]
    [TestCase("grey rock", 215)]
    public void Reads_the_main_colour(string prompt, double hue) =>
        PromptInterpreter.Interpret(prompt).Spec!.Colours[0].Hue.Should().Be(hue);

    [Test]
    public void Reads_colours_in_order_with_their_shades()
    {
        var interpretation = PromptInterpreter.Interpret("dark red and blue dragon");

        interpretation.Colours.Should().Equal("dark red", "blue");
        interpretation.Spec!.Colours[0].Value.Should().BeLessThan(PromptInterpreter.Interpret("red dragon").Spec!.Colours[0].Value);
    }

    [TestCase("sky blue bird", "sky blue")]
    [TestCase("light green slime", "light green")]
    [TestCase("neon pink car", "neon pink")]
    [TestCase("pale yellow flower", "pale yellow")]
    public void Reads_compound_colours_as_one(string prompt, string colour) =>
        PromptInterpreter.Interpret(prompt).Colours.Should().Equal(colour);

    [TestCase("small house with a red roof", "roof", 0)]
    [TestCase("spaceship with blue thrusters", "thrusters", 220)]
    [TestCase("elf archer with a green hood", "hood", 120)]
    [TestCase("old wizard with a long white beard", "beard", 215)]
    [TestCase("pirate ship with black sails", "sail", 250)]
    [TestCase("cowboy with a brown hat", "hat", 28)]
    [TestCase("princess with a pink dress", "dress", 338)]
    [TestCase("vampire with a red cape", "cape", 0)]
    [TestCase("knight in silver armor", "armour", 210)]
    [TestCase("cat with green eyes", "eyes", 120)]
    [TestCase("red-haired girl", "hair", 0)]
    [TestCase("mushroom with a purple cap", "cap", 278)]
    [TestCase("boy with a red cap", "hat", 0)]
    [TestCase("castle with stone walls", "walls", 215)]
    [TestCase("amulet with a ruby", "gem", 348)]
    [TestCase("dragon breathing blue fire", "flame", 220)]
    [TestCase("skeleton warrior with a rusty sword", "held", 18)]
    public void Reads_colours_per_part(string prompt, string part, double hue)
    {
        var spec = PromptInterpreter.Interpret(prompt).Spec!;

        spec.PartColours.Should().ContainKey(part).WhoseValue.Hue.Should().Be(hue);
    }

    [Test]
    public void A_part_colour_does_not_colour_the_whole_subject()
    {
        var spec = PromptInterpreter.Interpret("green slime with a red hat").Spec!;

        spec.Colours.Should().ContainSingle().Which.Hue.Should().Be(120);
        spec.PartColours["hat"].Hue.Should().Be(0);
        spec.Details.Should().Contain("hat");
    }

    [Test]
    public void An_outfit_colour_is_the_main_colour() =>
        PromptInterpreter.Interpret("astronaut in a white suit").Colours.Should().Equal("white");

    [TestCase("gold coin", "golden")]
    [TestCase("golden crown", "golden")]
    [TestCase("golden key", "golden")]
    [TestCase("wooden shield", "wooden")]
    [TestCase("oak door", "wooden")]
    [TestCase("silver ring", "silver")]
    [TestCase("iron gate", "steel")]
    [TestCase("steel sword", "steel")]
    [TestCase("metal robot", "steel")]
    [TestCase("stone golem", "stone")]
    [TestCase("rock golem", "stone")]
    [TestCase("icy dragon", "icy")]
    [TestCase("crystal sword", "crystal")]
    [TestCase("fiery phoenix", "fiery")]
    [TestCase("bone dragon", "bone")]
    [TestCase("glass bottle", "glass")]
    [TestCase("leather boots", "leather")]
    [TestCase("dragon", null)]
    public void Reads_the_material(string prompt, string? material) =>
        PromptInterpreter.Interpret(prompt).Spec!.Material.Should().Be(material);

    [Test]
    public void A_material_colours_the_subject_when_no_colour_is_named()
    {
        PromptInterpreter.Interpret("golden key").Spec!.Colours.Should().ContainSingle().Which.Hue.Should().Be(46);
        PromptInterpreter.Interpret("red wooden boat").Spec!.Colours.Should().ContainSingle().Which.Hue.Should().Be(0);
    }

    [TestCase("dragon with wings", "wings")]
    [TestCase("winged wolf", "wings")]
    [TestCase("horned demon", "horns")]
    [TestCase("viking warrior with a horned helmet", "horns", "helmet")]
    [TestCase("fox with a fluffy tail", "tail")]
    [TestCase("monster with tentacles", "tentacles")]
    [TestCase("stag", "antlers")]
    [TestCase("bearded dwarf", "beard")]
    [TestCase("old wizard with a long white beard", "beard")]
    [TestCase("girl in a witch hat", "hat")]
    [TestCase("hooded thief", "hood")]
    [TestCase("king with a crown", "crown")]
    [TestCase("hero with a red cape", "cape")]
    [TestCase("armored knight", "armour")]
    [TestCase("priest in white robes", "robe")]
    [TestCase("princess with a pink dress", "dress")]
    [TestCase("masked bandit", "mask")]
    [TestCase("pirate captain with an eyepatch", "eyepatch")]
    [TestCase("snowman with a scarf", "scarf")]
    [TestCase("scientist with glasses", "glasses")]
    [TestCase("explorer with a backpack", "backpack")]
    [TestCase("pirate with a hook", "hook")]
    [TestCase("angel with a halo", "halo")]
    [TestCase("glowing mushroom", "glow")]
    [TestCase("magic ring", "glow")]
    [TestCase("burning torch", "fire")]
    [TestCase("flaming sword", "fire")]
    [TestCase("skull on fire", "fire")]
    [TestCase("red dragon breathing fire", "fire")]
    [TestCase("phoenix in flames", "fire")]
    [TestCase("lit candle", "fire")]
    [TestCase("spiked mace", "spikes")]
    [TestCase("crab with big claws", "claws")]
    [TestCase("vampire with fangs", "fangs")]
    [TestCase("pine tree in snow", "snow")]
    [TestCase("knight with a sword and a shield", "shield")]
    public void Reads_details(string prompt, params string[] details) =>
        PromptInterpreter.Interpret(prompt).Spec!.Details.Should().Contain(details);

    [Test]
    public void What_follows_without_is_not_drawn() =>
        PromptInterpreter.Interpret("dragon without wings").Spec!.Details.Should().NotContain("wings");

    [TestCase("knight with a sword", "sword")]
    [TestCase("samurai with a katana", "katana")]
    [TestCase("ninja in black with two daggers", "dagger")]
    [TestCase("barbarian with a big axe", "axe")]
    [TestCase("soldier with a rifle", "rifle")]
    [TestCase("blacksmith with a hammer", "hammer")]
    [TestCase("orc grunt with a club", "club")]
    [TestCase("wizard holding a staff", "staff")]
    [TestCase("elf wielding a bow", "bow")]
    [TestCase("miner with a pickaxe", "pickaxe")]
    [TestCase("witch on a broom", "broom")]
    [TestCase("farmer with a pitchfork", "pitchfork")]
    [TestCase("bard with a guitar", "lute")]
    [TestCase("explorer carrying a lantern", "lantern")]
    [TestCase("wizard with a fire staff", "staff")]
    [TestCase("knight", null)]
    [TestCase("sword with a gem", null)]
    public void Reads_what_a_character_holds(string prompt, string? held) =>
        PromptInterpreter.Interpret(prompt).Spec!.Held.Should().Be(held);

    [TestCase("one-eyed monster", 1)]
    [TestCase("cyclops", 1)]
    [TestCase("three eyed alien", 3)]
    [TestCase("alien with three eyes", 3)]
    [TestCase("slime with 3 eyes", 3)]
    [TestCase("slime", null)]
    public void Reads_the_eye_count(string prompt, int? eyes) =>
        PromptInterpreter.Interpret(prompt).Spec!.EyeCount.Should().Be(eyes);

    [TestCase("slime", SpriteMood.Neutral)]
    [TestCase("cute slime", SpriteMood.Cute)]
    [TestCase("kawaii bunny", SpriteMood.Cute)]
    [TestCase("kitten", SpriteMood.Cute)]
    [TestCase("evil kitten", SpriteMood.Evil)]
    [TestCase("wolf pup", SpriteMood.Cute)]
    [TestCase("evil slime", SpriteMood.Evil)]
    [TestCase("dark lord slime", SpriteMood.Evil)]
    [TestCase("dark blue slime", SpriteMood.Neutral)]
    [TestCase("angry bird", SpriteMood.Evil)]
    [TestCase("happy slime", SpriteMood.Happy)]
    [TestCase("smiling sun", SpriteMood.Happy)]
    [TestCase("spooky slime", SpriteMood.Spooky)]
    [TestCase("haunted house", SpriteMood.Spooky)]
    public void Reads_the_mood(string prompt, SpriteMood mood) =>
        PromptInterpreter.Interpret(prompt).Mood.Should().Be(mood);

    [TestCase("slime", null, 32)]
    [TestCase("16px slime", null, 16)]
    [TestCase("slime 16 px", null, 16)]
    [TestCase("32x32 slime", null, 32)]
    [TestCase("64 x 64 slime", null, 64)]
    [TestCase("64 px slime", null, 64)]
    [TestCase("48 pixels slime", null, 32)]
    [TestCase("128px slime", null, 64)]
    [TestCase("8px slime", null, 16)]
    [TestCase("tiny slime", null, 16)]
    [TestCase("detailed slime", null, 64)]
    [TestCase("slime with 3 eyes", null, 32)]
    [TestCase("1632px slime", null, 32)]
    [TestCase("16px slime", 64, 64)]
    [TestCase("slime", 16, 16)]
    [TestCase("slime", 20, 16)]
    public void Reads_the_size_and_the_chosen_size_wins(string prompt, int? size, int grid)
    {
        var interpretation = PromptInterpreter.Interpret(prompt, size);

        interpretation.Size.Should().Be(grid);
        interpretation.Spec!.GridSize.Should().Be(grid);
    }

    [Test]
    public void Case_spacing_and_punctuation_do_not_change_the_spec()
    {
        var plain = PromptInterpreter.Interpret("red slime").Spec!;
        var shouted = PromptInterpreter.Interpret("  Red   SLIME!! ").Spec!;

        shouted.SeedText.Should().Be("red slime").And.Be(plain.SeedText);
        shouted.Colours.Should().Equal(plain.Colours);
        shouted.Subject.Should().Be(plain.Subject);
    }

    [Test]
    public void Accents_and_full_width_letters_read_as_plain_ones() =>
        PromptInterpreter.Interpret("Ｄｒａｇｏｎ café").Subject.Should().Be("dragon");
}
