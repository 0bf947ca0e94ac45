namespace SpriteDX.Modules.Generation.Rendering.Designs.Buildings;

/// <summary>
/// The buildings the generator draws, front-on and standing on the sprite's bottom rows with no ground of their own,
/// so they sit on any tile. The prompt's main colour is the walls; "roof", "walls", "door", "windows", "flag",
/// "awning" and "sail" colour those parts; materials (wooden, stone, icy, golden, iron) change what they are built of.
/// </summary>
internal static class BuildingDesigns
{
    public static IReadOnlyDictionary<string, Design> Subjects { get; } = new Dictionary<string, Design>
    {
        ["house"] = new(Dwellings.House),
        ["barn"] = new(Dwellings.Barn),
        ["hut"] = new(Dwellings.Hut),
        ["igloo"] = new(Dwellings.Igloo),
        ["tent"] = new(Dwellings.Tent),
        ["shop"] = new(Dwellings.Shop),
        ["stall"] = new(Dwellings.Stall),
        ["castle"] = new(Landmarks.Castle),
        ["tower"] = new(Landmarks.Tower),
        ["lighthouse"] = new(Landmarks.Lighthouse),
        ["church"] = new(Landmarks.Church),
        ["temple"] = new(Landmarks.Temple),
        ["pyramid"] = new(Landmarks.Pyramid),
        ["windmill"] = new(Landmarks.Windmill),
        ["well"] = new(Structures.Well),
        ["bridge"] = new(Structures.Bridge),
        ["gate"] = new(Structures.Gate),
        ["door"] = new(Structures.Door),
        ["fountain"] = new(Structures.Fountain),
    };
}
