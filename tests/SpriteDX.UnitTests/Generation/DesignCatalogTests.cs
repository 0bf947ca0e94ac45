using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs;

namespace SpriteDX.UnitTests.Generation;

/// <summary>What every design must do, whoever drew it: a clean pixel-art sprite at every size, a silhouette of its own, frames that move.</summary>
[TestFixture]
internal sealed class DesignCatalogTests
{
    private static IEnumerable<string> Subjects => DesignCatalog.Subjects.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Subjects))]
    public void Draws_a_clean_sprite_at_every_size(string subject)
    {
        foreach (var grid in PromptInterpreter.Sizes)
        {
            foreach (var seed in new[] { 1, 2 })
            {
                var pixels = SpritePixels.Of(Draw(subject, seed, grid));
                var last = pixels.GridSize - 1;
                var because = $"{subject} at {grid}px, seed {seed}";

                new[] { pixels[0, 0], pixels[last, 0], pixels[0, last], pixels[last, last] }.Should().OnlyContain(corner => corner.Alpha == 0, because);
                pixels.Cells().Should().OnlyContain(c => pixels[c.X, c.Y].Alpha == 0 || pixels[c.X, c.Y].Alpha == 255, "pixel art has no soft edges: " + because);
                pixels.OpaqueFraction.Should().BeInRange(0.06, 0.9, because);
                pixels.EdgeCells().Should().OnlyContain(c => Value(pixels[c.X, c.Y]) <= 45, "the rim is a dark outline: " + because);
            }
        }
    }

    [Test]
    public void No_two_subjects_share_a_silhouette()
    {
        var silhouettes = Subjects.Select(subject => (Subject: subject, Pixels: SpritePixels.Of(Draw(subject, seed: 1, grid: 32)))).ToList();

        var twins = silhouettes.SelectMany((one, i) => silhouettes.Skip(i + 1)
                .Where(other => one.Pixels.SilhouetteDifferenceFrom(other.Pixels) < 0.03)
                .Select(other => $"{one.Subject} ~ {other.Subject}"))
            .ToList();

        twins.Should().BeEmpty("each subject is drawn by a design of its own");
    }

    [TestCaseSource(nameof(Subjects))]
    public void Animated_designs_move_and_still_ones_do_not(string subject)
    {
        DesignCatalog.TryGet(subject, out var design).Should().BeTrue();
        var sprite = Draw(subject, seed: 3, grid: 32);
        var frames = Enumerable.Range(0, sprite.FrameCount).Select(frame => SpritePixels.Of(sprite, frame)).ToList();

        switch (design.Animation)
        {
            case Animation.Still:
                sprite.FrameCount.Should().Be(1);
                break;
            case Animation.Idle:
                sprite.FrameCount.Should().Be(4);
                frames[1].FractionDifferentFrom(frames[0]).Should().BeGreaterThan(0, "the second frame settles the body");
                break;
            default:
                sprite.FrameCount.Should().Be(4);
                frames.Skip(1).Should().Contain(frame => frame.FractionDifferentFrom(frames[0]) > 0.01, "a looping design changes between frames");
                break;
        }
    }

    [Test]
    public void Every_subject_the_lexicon_names_has_a_design_and_every_design_a_name()
    {
        Lexicon.Subjects.Keys.Should().BeEquivalentTo(DesignCatalog.Subjects, "a recognised prompt must never reach a generator that cannot draw it");
    }

    [Test]
    public void The_same_spec_and_seed_draw_the_same_bytes()
    {
        foreach (var subject in Subjects)
            Draw(subject, seed: 9, grid: 32).SheetPng.Should().Equal(Draw(subject, seed: 9, grid: 32).SheetPng, subject);
    }

    internal static RenderedSprite Draw(string subject, int seed, int grid) =>
        ProceduralSpriteGenerator.Render(
            new SpriteSpec { Subject = subject, Category = SubjectCategory.Item, GridSize = grid, SeedText = subject },
            seed,
            SpritePalette.Default,
            subject);

    private static float Value(SkiaSharp.SKColor colour)
    {
        colour.ToHsv(out _, out _, out var value);
        return value;
    }
}
