namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>Every character subject as a configuration of the humanoid plan, and the species a role or a variant names.</summary>
internal static class Roles
{
    private static readonly Hsv[] HumanSkin = [new(28, 0.3, 0.99), new(24, 0.42, 0.9), new(22, 0.52, 0.72), new(20, 0.58, 0.5)];
    private static readonly Hsv[] Greys = [new(215, 0.05, 0.92)];
    private static readonly Hsv[] Blondes = [new(45, 0.55, 0.96), new(40, 0.4, 0.98)];
    private static readonly Hsv[] Darks = [new(240, 0.25, 0.24), new(26, 0.62, 0.4)];
    private static readonly Hsv Black = new(250, 0.25, 0.22);
    private static readonly Hsv White = new(40, 0.04, 0.97);
    private static readonly Hsv Brown = new(26, 0.58, 0.5);
    private static readonly Hsv Gold = new(46, 0.78, 0.95);
    private static readonly Hsv Red = new(2, 0.72, 0.78);
    private static readonly Hsv Navy = new(224, 0.6, 0.5);

    private static readonly Dictionary<string, Species> SpeciesByName = new()
    {
        ["human"] = new(Build.Standard, HumanSkin),
        ["burly"] = new(Build.Tall, HumanSkin),
        ["lithe"] = new(Build.Slim, HumanSkin),
        ["elf"] = new(Build.Slim, [new(30, 0.22, 0.99), new(26, 0.34, 0.92)]) { Ears = Ears.Pointy },
        ["dwarf"] = new(Build.Short, HumanSkin[..3]) { BigNose = true },
        ["gnome"] = new(Build.Short, HumanSkin[..2]) { BigNose = true },
        ["orc"] = new(Build.Tall, [new(95, 0.5, 0.58), new(105, 0.45, 0.5)]) { Tusks = true, Ears = Ears.Pointy },
        ["goblin"] = new(Build.Short, [new(88, 0.55, 0.66), new(75, 0.5, 0.62)]) { Ears = Ears.Big, BigNose = true },
        ["troll"] = new(Build.Tall, [new(190, 0.18, 0.58), new(160, 0.2, 0.55)]) { BigNose = true, Tusks = true },
        ["alien"] = new(Build.Slim, [new(110, 0.4, 0.72), new(200, 0.08, 0.72)]) { Antenna = true, Eyes = EyeStyle.Hollow },
        ["zombie"] = new(Build.Slim, [new(100, 0.3, 0.62), new(80, 0.28, 0.58)]) { Stitches = true, Eyes = EyeStyle.Hollow },
        ["vampire"] = new(Build.Slim, [new(230, 0.06, 0.93)]) { Fangs = true, Ears = Ears.Pointy, Eyes = EyeStyle.Angry, EyeGlow = new(0, 0.85, 1) },
        ["skeleton"] = new(Build.Slim, [new(44, 0.14, 0.93)]) { Skull = true, CoveredHead = true, Eyes = EyeStyle.Hollow },
        ["mummy"] = new(Build.Standard, [new(42, 0.22, 0.86)]) { CoveredHead = true, Eyes = EyeStyle.Glow, EyeGlow = new(50, 0.85, 1) },
        ["werewolf"] = new(Build.Tall, [new(28, 0.45, 0.45), new(220, 0.1, 0.5)]) { Ears = Ears.Wolf, Snout = true, CoveredHead = true, Eyes = EyeStyle.Slit, EyeGlow = new(50, 0.85, 1) },
        ["demon"] = new(Build.Standard, [new(2, 0.7, 0.72), new(350, 0.6, 0.6)]) { Ears = Ears.Pointy, Fangs = true, Eyes = EyeStyle.Angry, EyeGlow = new(50, 0.9, 1) },
        ["scarecrow"] = new(Build.Standard, [new(36, 0.42, 0.72)]) { CoveredHead = true, Stitches = true, Eyes = EyeStyle.Hollow },
        ["fairy"] = new(Build.Slim, [new(28, 0.26, 0.99)]) { Ears = Ears.Pointy },
        ["cyborg"] = new(Build.Standard, HumanSkin) { EyeGlow = new(0, 0.85, 1) },
    };

    /// <summary>The subject's table: one row per character, the plan draws them all.</summary>
    public static readonly IReadOnlyDictionary<string, Role> BySubject = new Dictionary<string, Role>
    {
        ["knight"] = new() { Outfit = Outfit.Armour, Colours = [new(0, 0.72, 0.78), new(218, 0.66, 0.74), new(135, 0.55, 0.58), new(276, 0.45, 0.62)], Headgear = Headgear.KnightHelm, Emblem = Emblem.Cross, Held = "sword" },
        ["wizard"] = new() { Outfit = Outfit.Robe, Colours = [new(226, 0.62, 0.72), new(278, 0.55, 0.66), new(350, 0.62, 0.66), new(150, 0.5, 0.55)], Headgear = Headgear.WizardHat, Hair = [Hair.Short], HairColours = Greys, Beard = Beard.Long, BeardChance = 0.7, Held = "staff" },
        ["hero"] = new() { Outfit = Outfit.Tunic, Colours = [new(118, 0.55, 0.62), new(214, 0.62, 0.76), new(2, 0.68, 0.76), new(32, 0.6, 0.7)], Details = ["cape"], Held = "sword" },
        ["person"] = new() { Outfit = Outfit.Shirt, Colours = [new(210, 0.55, 0.75), new(0, 0.6, 0.8), new(140, 0.45, 0.62), new(45, 0.7, 0.9)], Legs = new(220, 0.45, 0.5), Mouth = MouthStyle.Smile },
        ["archer"] = new() { Outfit = Outfit.Tunic, Colours = [new(110, 0.5, 0.5), new(90, 0.45, 0.45)], Headgear = Headgear.Hood, Held = "bow", Legs = new(30, 0.45, 0.4) },
        ["ninja"] = new() { Outfit = Outfit.Wrap, Colours = [Black, new(230, 0.4, 0.32)], Trim = Red, Headgear = Headgear.NinjaWrap, Held = "shuriken", Details = ["sheath"] },
        ["pirate"] = new() { Outfit = Outfit.Coat, Colours = [new(0, 0.7, 0.6), new(220, 0.5, 0.4)], Trim = White, Headgear = Headgear.Tricorn, HeadgearColour = Black, Beard = Beard.Full, BeardChance = 0.6, HairColours = Darks, Held = "cutlass", Details = ["eyepatch", "hook"] },
        ["samurai"] = new() { Outfit = Outfit.Armour, Colours = [new(0, 0.75, 0.62), new(225, 0.55, 0.45)], Trim = Gold, Headgear = Headgear.Kabuto, Held = "katana", Emblem = Emblem.Sash },
        ["viking"] = new() { Outfit = Outfit.Tunic, Colours = [new(210, 0.35, 0.5), new(25, 0.5, 0.5), new(0, 0.55, 0.55)], Headgear = Headgear.VikingHelm, Hair = [Hair.Long], HairColours = [new(22, 0.72, 0.72), new(45, 0.55, 0.92)], Beard = Beard.Full, Held = "axe", Shield = true, Details = ["cape"], Cape = new(28, 0.5, 0.45) },
        ["cowboy"] = new() { Outfit = Outfit.Shirt, Colours = [new(0, 0.6, 0.7), new(210, 0.4, 0.65), new(40, 0.4, 0.8)], Headgear = Headgear.CowboyHat, HeadgearColour = Brown, Held = "pistol", Emblem = Emblem.Badge, Details = ["scarf"], Legs = new(215, 0.45, 0.5) },
        ["astronaut"] = new() { Outfit = Outfit.Spacesuit, Colours = [White], Trim = new(25, 0.8, 0.95), Headgear = Headgear.SpaceHelmet, HeadgearColour = White, Details = ["backpack"] },
        ["princess"] = new() { Species = "lithe", Outfit = Outfit.Dress, Colours = [new(330, 0.45, 0.95), new(280, 0.35, 0.9), new(195, 0.4, 0.95)], Headgear = Headgear.Tiara, Hair = [Hair.Long], HairColours = Blondes, Mouth = MouthStyle.Smile },
        ["prince"] = new() { Species = "lithe", Outfit = Outfit.Tunic, Colours = [new(220, 0.6, 0.7), new(0, 0.6, 0.7)], Headgear = Headgear.Crown, HairColours = Blondes, Details = ["cape"], Held = "sword", Emblem = Emblem.Sash },
        ["king"] = new() { Species = "burly", Outfit = Outfit.Robe, Colours = [new(350, 0.7, 0.62), new(270, 0.5, 0.55)], Headgear = Headgear.Crown, Hair = [Hair.Short], Beard = Beard.Full, Held = "sceptre", Details = ["cape", "ermine"], Emblem = Emblem.Sash },
        ["queen"] = new() { Outfit = Outfit.Dress, Colours = [new(275, 0.55, 0.6), new(350, 0.65, 0.62)], Headgear = Headgear.Crown, Hair = [Hair.Long], Held = "sceptre", Details = ["cape", "ermine"] },
        ["witch"] = new() { Outfit = Outfit.Robe, Colours = [new(270, 0.45, 0.3), Black], Trim = new(280, 0.6, 0.75), Headgear = Headgear.WitchHat, Hair = [Hair.Long], HairColours = [new(20, 0.7, 0.7), Black], Held = "broom", Species = "human" },
        ["thief"] = new() { Species = "lithe", Outfit = Outfit.Shirt, Colours = [new(230, 0.2, 0.3), new(0, 0, 0.3)], Headgear = Headgear.Beanie, HeadgearColour = new(230, 0.15, 0.25), Held = "sack", Details = ["mask"], Emblem = Emblem.Stripes, Trim = new(230, 0.2, 0.3), Legs = new(230, 0.2, 0.25) },
        ["priest"] = new() { Outfit = Outfit.Robe, Colours = [White, Black], Trim = Gold, Hair = [Hair.Short], Held = "book", Emblem = Emblem.Cross },
        ["barbarian"] = new() { Outfit = Outfit.Pelt, Colours = [new(30, 0.5, 0.5)], Headgear = Headgear.Headband, HeadgearColour = Brown, Hair = [Hair.Wild, Hair.Long], HairColours = [new(26, 0.62, 0.4), Black, new(40, 0.55, 0.85)], Held = "battleaxe", Species = "burly" },
        ["zombie"] = new() { Species = "zombie", Outfit = Outfit.Rags, Colours = [new(200, 0.35, 0.45), new(20, 0.35, 0.45)], Hair = [Hair.Spiky], HairColours = [new(30, 0.3, 0.3)], Legs = new(30, 0.35, 0.35), Emblem = Emblem.Patches },
        ["vampire"] = new() { Species = "vampire", Outfit = Outfit.Suit, Colours = [Black], Trim = new(0, 0.8, 0.6), Cape = new(250, 0.3, 0.16), Hair = [Hair.Slick], HairColours = [Black], Details = ["cape", "collar"], Emblem = Emblem.Tie },
        ["mummy"] = new() { Species = "mummy", Outfit = Outfit.Bandages, Colours = [new(42, 0.22, 0.86)], Headgear = Headgear.BandageWrap },
        ["dwarf"] = new() { Species = "dwarf", Outfit = Outfit.Armour, Colours = [new(20, 0.55, 0.5), new(210, 0.4, 0.5)], Headgear = Headgear.VikingHelm, Beard = Beard.Long, HairColours = [new(12, 0.72, 0.7), new(26, 0.62, 0.45)], Held = "battleaxe" },
        ["elf"] = new() { Species = "elf", Outfit = Outfit.Tunic, Colours = [new(120, 0.45, 0.55), new(160, 0.4, 0.5)], Hair = [Hair.Long], HairColours = Blondes, Held = "bow", Headgear = Headgear.Tiara, Legs = new(90, 0.3, 0.35) },
        ["orc"] = new() { Shield = true, Species = "orc", Outfit = Outfit.Pelt, Colours = [new(25, 0.45, 0.4)], Hair = [Hair.Bald, Hair.Slick], HairColours = [Black], Held = "axe", Eyes = EyeStyle.Angry },
        ["goblin"] = new() { Species = "goblin", Outfit = Outfit.Rags, Colours = [new(30, 0.45, 0.45), new(60, 0.3, 0.4)], Hair = [Hair.Bald], Held = "dagger", Mouth = MouthStyle.Fangs, Legs = new(30, 0.4, 0.3) },
        ["troll"] = new() { Species = "troll", Outfit = Outfit.Pelt, Colours = [new(30, 0.4, 0.38)], Hair = [Hair.Wild, Hair.Bald], HairColours = [new(30, 0.5, 0.3)], Held = "club" },
        ["cyborg"] = new() { Species = "cyborg", Outfit = Outfit.Armour, Colours = [new(200, 0.3, 0.4), Black], Trim = new(190, 0.7, 0.95), Hair = [Hair.Short], Held = "laser gun", Emblem = Emblem.Tie },
        ["alien"] = new() { Species = "alien", Outfit = Outfit.Spacesuit, Colours = [new(280, 0.4, 0.55), new(200, 0.5, 0.6)], Trim = new(140, 0.6, 0.8), Hair = [Hair.Bald], Held = "laser gun" },
        ["soldier"] = new() { Outfit = Outfit.Tunic, Colours = [new(80, 0.4, 0.45), new(45, 0.3, 0.55)], Headgear = Headgear.ArmyHelmet, Held = "rifle", Emblem = Emblem.Camo, Legs = new(80, 0.35, 0.38) },
        ["chef"] = new() { Outfit = Outfit.Apron, Colours = [White], Trim = new(40, 0.08, 0.98), Headgear = Headgear.Toque, HeadgearColour = White, Held = "frying pan", Beard = Beard.Moustache, BeardChance = 0.5, Details = ["scarf"], Legs = new(220, 0.2, 0.35) },
        ["farmer"] = new() { Outfit = Outfit.Overalls, Colours = [new(215, 0.55, 0.6)], Trim = new(0, 0.65, 0.75), Headgear = Headgear.StrawHat, HeadgearColour = new(46, 0.6, 0.88), Held = "pitchfork", Beard = Beard.Moustache, BeardChance = 0.4 },
        ["blacksmith"] = new() { Outfit = Outfit.Apron, Colours = [new(20, 0.35, 0.55)], Trim = new(22, 0.6, 0.35), Headgear = Headgear.Bandana, HeadgearColour = new(0, 0.65, 0.7), Held = "hammer", Beard = Beard.Full, BeardChance = 0.6, Species = "burly" },
        ["warrior"] = new() { Species = "burly", Outfit = Outfit.Armour, Colours = [new(0, 0.65, 0.6), new(30, 0.6, 0.55)], Headgear = Headgear.PlumedHelm, Held = "sword", Shield = true },
        ["paladin"] = new() { Outfit = Outfit.Armour, Colours = [White, new(210, 0.3, 0.9)], Trim = Gold, Headgear = Headgear.WingedHelm, Held = "mace", Shield = true, Emblem = Emblem.Cross, Details = ["cape"], Cape = new(220, 0.6, 0.6) },
        ["necromancer"] = new() { Outfit = Outfit.Robe, Colours = [new(270, 0.35, 0.25), Black], Trim = new(120, 0.7, 0.8), Headgear = Headgear.Hood, Held = "scythe", Emblem = Emblem.Skull, Eyes = EyeStyle.Glow, Species = "human" },
        ["druid"] = new() { Outfit = Outfit.Robe, Colours = [new(95, 0.45, 0.45), new(130, 0.4, 0.4)], Trim = new(40, 0.5, 0.7), Headgear = Headgear.Hood, Held = "staff", Beard = Beard.Long, BeardChance = 0.5, Details = ["antlers"] },
        ["monk"] = new() { Outfit = Outfit.Robe, Colours = [new(28, 0.75, 0.85), new(28, 0.45, 0.45)], Trim = new(40, 0.4, 0.6), Hair = [Hair.Bald], Held = "quarterstaff", Emblem = Emblem.Sash },
        ["bard"] = new() { Outfit = Outfit.Tunic, Colours = [new(300, 0.45, 0.65), new(190, 0.55, 0.65), new(40, 0.7, 0.85)], Trim = new(45, 0.7, 0.95), Headgear = Headgear.FeatheredCap, Held = "lute", Mouth = MouthStyle.Open, Legs = new(350, 0.4, 0.45) },
        ["merchant"] = new() { Outfit = Outfit.Coat, Colours = [new(280, 0.45, 0.5), new(28, 0.55, 0.55)], Trim = new(45, 0.6, 0.95), Headgear = Headgear.Turban, HeadgearColour = new(40, 0.2, 0.95), Beard = Beard.Moustache, Held = "sack", Details = ["coins"] },
        ["villager"] = new() { Outfit = Outfit.Apron, Colours = [new(30, 0.35, 0.6), new(100, 0.3, 0.55)], Trim = new(40, 0.15, 0.92), Headgear = Headgear.Bandana, HeadgearColour = new(10, 0.45, 0.75), Held = "basket", Hair = [Hair.Long, Hair.Short] },
        ["guard"] = new() { Outfit = Outfit.Armour, Colours = [new(0, 0.6, 0.6), new(215, 0.55, 0.55)], Trim = Gold, Headgear = Headgear.KettleHelm, Held = "spear", Emblem = Emblem.Cross, Beard = Beard.Moustache, BeardChance = 0.5 },
        ["hunter"] = new() { Outfit = Outfit.Coat, Colours = [new(30, 0.5, 0.45), new(90, 0.35, 0.4)], Trim = new(40, 0.3, 0.8), Headgear = Headgear.FeatheredCap, HeadgearColour = new(95, 0.45, 0.4), Held = "crossbow", Beard = Beard.Full, BeardChance = 0.5 },
        ["assassin"] = new() { Outfit = Outfit.Wrap, Colours = [new(230, 0.25, 0.3), new(0, 0.55, 0.35)], Trim = new(0, 0.7, 0.55), Headgear = Headgear.Hood, Held = "dagger", Details = ["mask", "cape"], Cape = new(230, 0.25, 0.22), Eyes = EyeStyle.Angry },
        ["clown"] = new() { Outfit = Outfit.Suit, Colours = [new(55, 0.7, 0.95), new(300, 0.4, 0.8)], Trim = new(200, 0.6, 0.85), Hair = [Hair.Wild], HairColours = [new(5, 0.8, 0.9), new(25, 0.85, 0.95)], RedNose = true, Held = "balloon", Emblem = Emblem.Buttons, Mouth = MouthStyle.Smile, Species = "human" },
        ["angel"] = new() { Outfit = Outfit.Robe, Colours = [White], Trim = Gold, Hair = [Hair.Long, Hair.Short], HairColours = Blondes, Held = "harp", Details = ["wings", "halo"], Mouth = MouthStyle.Smile },
        ["demon"] = new() { Species = "demon", Outfit = Outfit.Pelt, Colours = [new(250, 0.3, 0.2)], Hair = [Hair.Slick], HairColours = [Black], Held = "trident", Details = ["horns", "tail", "wings"], Wings = WingStyle.Bat },
        ["fairy"] = new() { Species = "fairy", Outfit = Outfit.Dress, Colours = [new(150, 0.45, 0.8), new(320, 0.35, 0.95), new(190, 0.4, 0.95)], Trim = new(50, 0.5, 1), Hair = [Hair.Long], HairColours = [new(45, 0.55, 0.96), new(320, 0.4, 0.95), new(190, 0.4, 0.95)], Held = "wand", Details = ["wings"], Wings = WingStyle.Fairy, Mouth = MouthStyle.Smile },
        ["mermaid"] = new() { Outfit = Outfit.MermaidTail, Colours = [new(170, 0.6, 0.7), new(200, 0.6, 0.75)], Trim = new(330, 0.45, 0.95), Hair = [Hair.Long], HairColours = [new(5, 0.75, 0.8), new(45, 0.55, 0.96), new(280, 0.4, 0.8)], Held = "trident", Mouth = MouthStyle.Smile },
        ["santa"] = new() { Outfit = Outfit.Suit, Colours = [new(0, 0.8, 0.78)], Headgear = Headgear.SantaHat, HairColours = Greys, Beard = Beard.Long, Held = "sack", Emblem = Emblem.Fur },
        ["scarecrow"] = new() { Species = "scarecrow", Outfit = Outfit.Shirt, Colours = [new(5, 0.55, 0.6), new(210, 0.4, 0.5)], Headgear = Headgear.StrawHat, HeadgearColour = new(40, 0.55, 0.7), ArmsOutstretched = true, Emblem = Emblem.Patches, Mouth = MouthStyle.Cat, Legs = new(215, 0.35, 0.45) },
        ["superhero"] = new() { Species = "burly", Outfit = Outfit.Suit, Colours = [new(215, 0.75, 0.8), new(0, 0.75, 0.8), new(130, 0.6, 0.6)], Trim = Gold, Details = ["cape", "mask"], Emblem = Emblem.Star, Cape = new(0, 0.75, 0.75), Mouth = MouthStyle.Smile },
        ["detective"] = new() { Outfit = Outfit.Coat, Colours = [new(36, 0.4, 0.62), new(30, 0.2, 0.45)], Trim = White, Headgear = Headgear.Fedora, HeadgearColour = new(30, 0.3, 0.38), Held = "magnifying glass" },
        ["doctor"] = new() { Outfit = Outfit.Coat, Colours = [White], Trim = new(190, 0.4, 0.8), Hair = [Hair.Short, Hair.Long], Held = "medical bag", Details = ["stethoscope", "glasses"], Mouth = MouthStyle.Smile },
        ["scientist"] = new() { Outfit = Outfit.Coat, Colours = [White], Trim = new(200, 0.3, 0.7), Hair = [Hair.Wild], HairColours = Greys, Held = "flask", Details = ["glasses"], Mouth = MouthStyle.Open },
        ["miner"] = new() { Outfit = Outfit.Overalls, Colours = [new(30, 0.4, 0.45)], Trim = new(210, 0.3, 0.6), Headgear = Headgear.HardHat, HeadgearColour = new(48, 0.85, 0.95), Held = "pickaxe", Beard = Beard.Full, BeardChance = 0.5 },
        ["firefighter"] = new() { Outfit = Outfit.Coat, Colours = [new(40, 0.55, 0.6)], Trim = new(55, 0.9, 1), Headgear = Headgear.FireHelmet, HeadgearColour = new(0, 0.8, 0.82), Held = "extinguisher", Emblem = Emblem.Stripes },
        ["police officer"] = new() { Outfit = Outfit.Shirt, Colours = [Navy], Trim = Navy, Headgear = Headgear.PeakedCap, HeadgearColour = Navy, Held = "pistol", Emblem = Emblem.Badge, Legs = new(226, 0.5, 0.3) },
        ["sailor"] = new() { Outfit = Outfit.Shirt, Colours = [White], Trim = Navy, Headgear = Headgear.SailorCap, HeadgearColour = White, Held = "anchor", Emblem = Emblem.Stripes, Legs = Navy },
        ["caveman"] = new() { Outfit = Outfit.Pelt, Colours = [new(32, 0.6, 0.6)], Hair = [Hair.Wild], HairColours = [new(24, 0.6, 0.3), Black], Beard = Beard.Full, Held = "club", Emblem = Emblem.Camo },
        ["jester"] = new() { Outfit = Outfit.Suit, Colours = [new(0, 0.7, 0.75), new(280, 0.5, 0.6)], Trim = new(50, 0.8, 0.95), Headgear = Headgear.JesterHat, Emblem = Emblem.Diamonds, Mouth = MouthStyle.Smile },
        ["gnome"] = new() { Species = "gnome", Outfit = Outfit.Tunic, Colours = [new(215, 0.55, 0.6), new(120, 0.45, 0.5)], Headgear = Headgear.GnomeHat, HeadgearColour = new(0, 0.75, 0.78), HairColours = Greys, Beard = Beard.Long, Legs = new(30, 0.4, 0.4) },
        ["werewolf"] = new() { Species = "werewolf", Outfit = Outfit.Rags, Colours = [new(215, 0.35, 0.45)], Details = ["tail"], Legs = new(215, 0.4, 0.35) },
    };

    /// <summary>A prompt's variant when it names a species ("orc" warrior), otherwise the role's own.</summary>
    public static Species SpeciesFor(string? variant, string role) =>
        variant is not null && SpeciesByName.TryGetValue(variant, out var named) ? named : SpeciesByName[role];
}
