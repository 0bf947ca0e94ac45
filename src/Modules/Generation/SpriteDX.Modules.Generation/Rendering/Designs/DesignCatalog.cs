using System.Collections.Frozen;
using SpriteDX.Modules.Generation.Rendering.Designs.Beasts;
using SpriteDX.Modules.Generation.Rendering.Designs.Buildings;
using SpriteDX.Modules.Generation.Rendering.Designs.Characters;
using SpriteDX.Modules.Generation.Rendering.Designs.Creatures;
using SpriteDX.Modules.Generation.Rendering.Designs.Effects;
using SpriteDX.Modules.Generation.Rendering.Designs.Food;
using SpriteDX.Modules.Generation.Rendering.Designs.Items;
using SpriteDX.Modules.Generation.Rendering.Designs.Plants;
using SpriteDX.Modules.Generation.Rendering.Designs.Vehicles;
using SpriteDX.Modules.Generation.Rendering.Designs.Weapons;

namespace SpriteDX.Modules.Generation.Rendering.Designs;

/// <summary>
/// Every subject the procedural generator can draw, keyed by the subject name the interpreter answers.
/// Each group of designs owns its own table; a test checks that the lexicon and this catalog name the same subjects.
/// </summary>
internal static class DesignCatalog
{
    private static readonly FrozenDictionary<string, Design> BySubject = Merge(
        CharacterDesigns.Subjects,
        CreatureDesigns.Subjects,
        BeastDesigns.Subjects,
        VehicleDesigns.Subjects,
        BuildingDesigns.Subjects,
        PlantDesigns.Subjects,
        ItemDesigns.Subjects,
        WeaponDesigns.Subjects,
        FoodDesigns.Subjects,
        EffectDesigns.Subjects);

    public static IEnumerable<string> Subjects => BySubject.Keys;

    public static bool TryGet(string subject, out Design design) => BySubject.TryGetValue(subject, out design!);

    private static FrozenDictionary<string, Design> Merge(params IReadOnlyDictionary<string, Design>[] groups)
    {
        var all = new Dictionary<string, Design>(StringComparer.Ordinal);
        foreach (var (subject, design) in groups.SelectMany(group => group))
        {
            if (!all.TryAdd(subject, design))
                throw new InvalidOperationException($"Two design groups draw '{subject}'.");
        }
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
