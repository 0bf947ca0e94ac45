using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Characters;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class CharacterDesignTests
{
    [Test]
    [Explicit("Writes artifacts/sprites/characters*.png for people to judge the art.")]
    public void Contact_sheet()
    {
        var subjects = CharacterDesigns.Subjects.Keys.ToList();
        DesignContactSheet.Write(
            DesignContactSheet.ArtifactPath("characters.png"),
            [.. subjects.SelectMany(subject => new[] { 1, 2 }.Select(seed => ($"{subject} #{seed}", Draw(new SpriteSpec { Subject = subject, Category = SubjectCategory.Character, SeedText = subject }, seed))))]);
    }

    private static RenderedSprite Draw(SpriteSpec spec, int seed = 1) =>
        ProceduralSpriteGenerator.Render(spec, seed, SpritePalette.Default, spec.Subject);
}
