using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using static SpriteDX.UnitTests.Generation.Designs.NatureDesignSketch;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class EffectDesignTests
{
    private static readonly string[] Subjects =
    [
        "fire", "fireball", "explosion", "lightning", "sparkle", "campfire", "portal", "smoke", "splash", "tornado", "cloud",
        "bubble", "snowflake", "sun", "moon", "rainbow", "magic",
    ];

    private static SpriteSpec Effect(string subject) => Spec(subject, SubjectCategory.Effect);

    [TestCaseSource(nameof(Subjects))]
    public void Every_frame_of_the_loop_moves_on_from_the_last(string subject)
    {
        var sprite = Draw(Effect(subject));
        var frames = Enumerable.Range(0, sprite.FrameCount).Select(frame => SpritePixels.Of(sprite, frame)).ToList();

        frames.Should().HaveCount(4);
        for (var frame = 0; frame < frames.Count; frame++)
            frames[frame].FractionDifferentFrom(frames[(frame + 1) % frames.Count]).Should().BeGreaterThan(0.004, $"frame {frame} of {subject}");
    }

    [TestCase("fire")]
    [TestCase("campfire")]
    [TestCase("fireball")]
    [TestCase("explosion")]
    public void Blue_fire_burns_blue(string subject)
    {
        var named = Pixels(Effect(subject) with { Colours = [Blue] });
        var flame = Pixels(Effect(subject) with { PartColours = new Dictionary<string, Hsv> { ["flame"] = Blue } });

        ShareNearHue(named, Blue.Hue, 40).Should().BeGreaterThan(0.4);
        ShareNearHue(flame, Blue.Hue, 40).Should().BeGreaterThan(0.4);
    }

    [TestCase("portal")]
    [TestCase("magic")]
    [TestCase("sparkle")]
    [TestCase("lightning")]
    public void The_main_colour_is_the_energy(string subject)
    {
        ShareNearHue(Pixels(Effect(subject) with { Colours = [Red] }), Red.Hue).Should().BeGreaterThan(0.4);
    }

    [Test]
    public void Fire_fireball_campfire_and_explosion_are_shaped_apart()
    {
        var shapes = new[] { "fire", "fireball", "campfire", "explosion" }.Select(subject => Pixels(Effect(subject))).ToList();

        for (var i = 0; i < shapes.Count; i++)
        {
            for (var j = i + 1; j < shapes.Count; j++)
                shapes[i].SilhouetteDifferenceFrom(shapes[j]).Should().BeGreaterThan(0.08);
        }
    }

    [Test, Explicit("Writes contact sheets to artifacts/sprites for people to look at")]
    public void Write_the_effect_contact_sheets() =>
        WriteSheets("effects", [.. Subjects.Select(subject => (subject, Effect(subject))), ("storm cloud", Effect("cloud") with { Variant = "storm" })], [Blue, Red, White], frames: true);
}
