using SkiaSharp;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.UnitTests.Generation;

[TestFixture]
internal sealed class PaletteTests
{
    private static readonly SKColor[] Pico8 =
    [
        .. "000000 1D2B53 7E2553 008751 AB5236 5F574F C2C3C7 FFF1E8 FF004D FFA300 FFEC27 00E436 29ADFF 83769C FF77A8 FFCCAA"
            .Split(' ').Select(hex => SKColor.Parse(hex)),
    ];

    private static readonly SKColor[] GameBoy = [SKColor.Parse("0F380F"), SKColor.Parse("306230"), SKColor.Parse("8BAC0F"), SKColor.Parse("9BBC0F")];

    [TestCase("default", true)]
    [TestCase("PICO8", true)]
    [TestCase("nes", true)]
    [TestCase("gameboy", true)]
    [TestCase("sepia", false)]
    [TestCase("", false)]
    public void Names_are_known_whatever_their_case(string name, bool known) =>
        Palettes.TryParse(name, out _).Should().Be(known);

    [Test]
    public async Task A_pico8_sprite_uses_only_pico8_colours_and_keeps_the_hue_asked_for()
    {
        var sprite = await Render("red slime", SpritePalette.Pico8);
        var colours = Opaque(sprite).ToList();

        colours.Should().OnlyContain(colour => Pico8.Contains(colour));
        colours.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key.Should().Be(SKColor.Parse("FF004D"), "a red slime stays red, not PICO-8's brown");
    }

    [Test]
    public async Task A_game_boy_sprite_keeps_its_shading_in_four_greens()
    {
        var colours = Opaque(await Render("golden treasure chest", SpritePalette.GameBoy)).Distinct().ToList();

        colours.Should().OnlyContain(colour => GameBoy.Contains(colour)).And.HaveCountGreaterThanOrEqualTo(3);
    }

    [Test]
    public async Task The_default_palette_changes_nothing()
    {
        var plain = await Render("red slime", SpritePalette.Default);
        var again = await new ProceduralSpriteGenerator().RenderAsync(new SpriteRequest("red slime", 7), null, CancellationToken.None);

        plain.SheetPng.Should().Equal(again.SheetPng);
    }

    private static Task<RenderedSprite> Render(string prompt, SpritePalette palette) =>
        new ProceduralSpriteGenerator().RenderAsync(new SpriteRequest(prompt, 7, palette), null, CancellationToken.None);

    private static IEnumerable<SKColor> Opaque(RenderedSprite sprite)
    {
        var pixels = SpritePixels.Of(sprite);
        return pixels.Cells().Where(c => pixels.IsOpaque(c.X, c.Y)).Select(c => pixels[c.X, c.Y]);
    }
}
