using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

namespace SpriteDX.UnitTests.Generation.Designs;

[TestFixture]
internal sealed class WeaponDesignTests
{
    [Test, Explicit("Writes artifacts/sprites/weapons.png for people to look at.")]
    public void Contact_sheet()
    {
        DesignSheets.Write("weapons", WeaponDesigns.Subjects.Keys, SubjectCategory.Weapon, new Hsv(0, 0.75, 0.85), "golden");
    }
}
