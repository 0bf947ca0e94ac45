using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Items;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class ItemDesignTests
{
    private static IEnumerable<string> Items => ItemDesigns.Subjects.Keys.Where(subject => subject is not ("mushroom" or "tree"));

    [Test, Explicit("Writes artifacts/sprites/items*.png for people to look at.")]
    public void Contact_sheet() =>
        DesignSheets.Write("items", Items, SubjectCategory.Item, new Hsv(140, 0.7, 0.7), "golden");
}
