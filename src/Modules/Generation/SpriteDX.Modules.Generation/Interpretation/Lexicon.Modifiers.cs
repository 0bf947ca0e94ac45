using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Interpretation;

internal static partial class Lexicon
{
    /// <summary>Named colours. The first word of each row's hue family is a basic colour ("sky blue" reads as one colour).</summary>
    private static (Hsv Colour, string Words)[] ColourRows =>
    [
        (new Hsv(0, 0.78, 0.86), "red reddish"),
        (new Hsv(348, 0.85, 0.76), "crimson ruby cherry"),
        (new Hsv(6, 0.88, 0.92), "scarlet strawberry"),
        (new Hsv(352, 0.82, 0.62), "blood bloody"),
        (new Hsv(346, 0.72, 0.46), "maroon burgundy wine"),
        (new Hsv(338, 0.42, 0.97), "pink pinkish rose"),
        (new Hsv(326, 0.45, 0.98), "bubblegum candy"),
        (new Hsv(305, 0.72, 0.86), "magenta fuchsia"),
        (new Hsv(12, 0.6, 0.98), "coral salmon peach"),
        (new Hsv(28, 0.86, 0.96), "orange orangey pumpkin tangerine autumn"),
        (new Hsv(20, 0.9, 0.97), "fire flaming fiery blazing inferno"),
        (new Hsv(12, 0.95, 0.9), "lava magma molten"),
        (new Hsv(18, 0.75, 0.62), "rust rusty copper"),
        (new Hsv(30, 0.7, 0.72), "bronze"),
        (new Hsv(40, 0.9, 0.97), "amber honey topaz"),
                (new Hsv(54, 0.8, 0.99), "yellow yellowish lemon banana blonde blond"),
        (new Hsv(52, 0.85, 1), "electric"),
        (new Hsv(46, 0.28, 1), "holy divine angelic heavenly"),
        (new Hsv(84, 0.78, 0.9), "lime"),
        (new Hsv(92, 0.86, 0.86), "poison poisonous toxic acid venom radioactive"),
        (new Hsv(120, 0.62, 0.74), "green greenish"),
        (new Hsv(112, 0.62, 0.62), "forest leafy nature"),
        (new Hsv(145, 0.76, 0.72), "emerald"),
        (new Hsv(150, 0.48, 0.66), "jade"),
        (new Hsv(150, 0.36, 0.92), "mint"),
        (new Hsv(66, 0.6, 0.56), "olive moss mossy swamp"),
        (new Hsv(176, 0.72, 0.66), "teal"),
        (new Hsv(170, 0.62, 0.86), "turquoise"),
        (new Hsv(186, 0.72, 0.92), "cyan aqua"),
        (new Hsv(199, 0.36, 0.98), "snowy"),
        (new Hsv(203, 0.5, 0.96), "sky"),
        (new Hsv(208, 0.72, 0.86), "water"),
        (new Hsv(206, 0.62, 0.96), "azure"),
        (new Hsv(220, 0.72, 0.86), "blue bluish blueish"),
        (new Hsv(222, 0.8, 0.72), "sapphire cobalt"),
        (new Hsv(226, 0.72, 0.46), "navy midnight"),
        (new Hsv(248, 0.62, 0.62), "indigo"),
        (new Hsv(268, 0.55, 0.86), "violet"),
        (new Hsv(278, 0.62, 0.72), "purple purplish arcane"),
        (new Hsv(275, 0.5, 0.78), "amethyst"),
        (new Hsv(262, 0.3, 0.94), "lavender lilac"),
        (new Hsv(262, 0.55, 0.38), "shadow void abyss cosmic galaxy"),
        (new Hsv(28, 0.62, 0.52), "brown brownish chocolate mud muddy dirt brunette"),
        (new Hsv(34, 0.42, 0.82), "tan sand sandy desert beige"),
        (new Hsv(44, 0.18, 0.96), "cream ivory"),
        (new Hsv(188, 0.22, 1), "diamond"),
        (new Hsv(215, 0.05, 0.96), "white whitish"),
        (new Hsv(215, 0.1, 0.62), "grey gray greyish grayish ash"),
        (new Hsv(210, 0.1, 0.84), "chrome"),
        (new Hsv(250, 0.25, 0.22), "black blackish obsidian onyx ebony jet_black"),
    ];

    /// <summary>Colours whose name can follow another colour word to make one colour: "sky blue", "blood red".</summary>
    private const string BasicColours = "red pink orange yellow green blue purple violet brown white grey gray black";

    private static (ColourShift Shift, string Words)[] ShiftRows =>
    [
        (ColourShift.Dark, "dark darker"),
        (ColourShift.Deep, "deep"),
        (ColourShift.Light, "light lighter"),
        (ColourShift.Pale, "pale"),
        (ColourShift.Pastel, "pastel soft"),
        (ColourShift.Bright, "bright"),
        (ColourShift.Neon, "neon"),
        (ColourShift.Vivid, "vivid vibrant"),
        (ColourShift.Muted, "muted dull faded"),
    ];

    /// <summary>Materials (the canonical values of <see cref="SpriteSpec.Material"/>), each implying a colour when none is named.</summary>
    private static (string Material, Hsv Colour, string Words)[] MaterialRows =>
    [
        ("wooden", new Hsv(28, 0.62, 0.52), "wooden wood timber oak"),
        ("golden", new Hsv(46, 0.82, 0.95), "golden gold gilded"),
        ("silver", new Hsv(210, 0.1, 0.84), "silver silvery"),
        ("steel", new Hsv(210, 0.12, 0.72), "steel iron metal metallic robot robotic mechanical clockwork"),
        ("stone", new Hsv(215, 0.1, 0.62), "stone rock rocky marble granite"),
        ("icy", new Hsv(199, 0.36, 0.98), "icy ice frozen frost frosty glacial"),
        ("crystal", new Hsv(188, 0.22, 1), "crystal crystalline"),
        ("fiery", new Hsv(20, 0.9, 0.97), "fiery"),
        ("bone", new Hsv(44, 0.18, 0.96), "bone bony"),
        ("glass", new Hsv(190, 0.18, 0.98), "glass"),
        ("leather", new Hsv(26, 0.58, 0.5), "leather"),
    ];

    private static (SpriteMood Mood, string Words)[] MoodRows =>
    [
        (SpriteMood.Cute, "cute kawaii adorable chibi sweet fluffy lovely cuddly"),
        (SpriteMood.Evil, """
            evil angry demonic sinister menacing scary fierce wicked corrupted cursed villainous villain malevolent
            dark mean furious vicious
            """),
        (SpriteMood.Happy, "happy smiling smile cheerful joyful jolly friendly silly laughing glad grinning"),
        (SpriteMood.Spooky, "spooky haunted creepy eerie ghostly halloween undead"),
    ];

    /// <summary>
    /// Parts and details. A row names the canonical detail (added to <see cref="SpriteSpec.Details"/>, or "-" for none)
    /// and the canonical part a colour before it paints (<see cref="SpriteSpec.PartColours"/>, or "-").
    /// </summary>
    private static (string Detail, string Part, string Words)[] PartRows =>
    [
        ("wings", "wings", "wings wing winged"),
        ("horns", "-", "horns horn horned"),
        ("tail", "-", "tail tails tailed"),
        ("tentacles", "-", "tentacles tentacle tentacled"),
        ("antlers", "-", "antlers antler antlered"),
        ("mane", "mane", "mane maned"),
        ("fins", "-", "fins fin finned"),
        ("spikes", "-", "spikes spike spiky spikey spiked spiny"),
        ("shell", "shell", "shell shelled"),
        ("claws", "-", "claws claw clawed talons"),
        ("fangs", "-", "fangs fang fanged"),
        ("tusks", "-", "tusks tusk tusked"),
        ("hat", "hat", "hat hats"),
        ("helmet", "helmet", "helmet helm helmeted"),
        ("hood", "hood", "hood hooded hoodie"),
        ("crown", "crown", "crown crowned tiara"),
        ("cape", "cape", "cape caped cloak cloaked"),
        ("armour", "armour", "armour armor armoured armored chainmail plate"),
        ("robe", "robe", "robe robes robed"),
        ("dress", "dress", "dress gown"),
        ("mask", "mask", "mask masked"),
        ("eyepatch", "-", "eyepatch eye_patch"),
        ("scarf", "scarf", "scarf"),
        ("beard", "beard", "beard bearded moustache mustache"),
        ("glasses", "-", "glasses spectacles goggles sunglasses"),
        ("backpack", "-", "backpack rucksack"),
        ("hook", "-", "hook"),
        ("halo", "-", "halo"),
        ("glow", "-", "glow glowing luminous radiant magic magical enchanted lit_up laser"),
        ("fire", "flame", "fire flames flaming burning blazing on_fire ablaze lit"),
        ("snow", "-", "snow snowy snowcapped"),
        ("-", "roof", "roof roofs roofed"),
        ("-", "walls", "walls wall walled bricks"),
        ("-", "door", "door doors"),
        ("-", "thrusters", "thrusters thruster engines engine jets exhaust"),
        ("-", "hull", "hull"),
        ("-", "sail", "sail sails"),
        ("-", "wheels", "wheels wheel tyres tires"),
        ("-", "shirt", "shirt tunic top jacket coat vest"),
        ("-", "boots", "boots boot shoes"),
        ("-", "hair", "hair haired"),
        ("-", "eyes", "eyes eyed"),
        ("-", "body", "body skin fur furred scales scaled feathers feathered"),
        ("-", "blade", "blade"),
        ("-", "handle", "handle hilt grip"),
        ("-", "gem", "gem gems jewel jewels orb stone crystal ruby emerald sapphire diamond amethyst"),
        ("-", "petals", "petals petal"),
        ("-", "leaves", "leaves leaf foliage"),
        ("-", "trunk", "trunk bark"),
        ("-", "cap", "cap"),
        ("-", "stem", "stem stalk"),
        ("-", "liquid", "liquid"),
        ("-", "frosting", "frosting icing frosted iced"),
    ];

    /// <summary>Clothes that are the whole look: their colour is the main colour ("astronaut in a white suit").</summary>
    private const string OutfitWords = "suit spacesuit outfit clothes clothing costume uniform attire gear";

    /// <summary>Things a character can hold that are no subject of their own.</summary>
    private const string HeldOnlyWords = "broom broomstick/broom pitchfork lute guitar/lute umbrella net frying_pan/pan pan";

    /// <summary>Subjects a character or creature can hold (weapons are always holdable).</summary>
    private const string HoldableItems = """
        pickaxe shovel fishing_rod wrench torch lantern book scroll potion bomb flag orb key candle bucket map bell
        compass feather bottle goblet skull bone flower rose coin gem trophy
        """;

    /// <summary>Adjectives the summary repeats because people read them as understood, though they change little.</summary>
    private const string EchoWords = "small big large giant huge little old young tall fat long ancient";

    /// <summary>Words that start an attachment: what follows is held, worn or around the subject, not the subject.</summary>
    private const string MarkerWords = """
        with holding wielding carrying wearing using having has on in of riding inside under over behind near at from
        by breathing casting swinging throwing shooting eating drinking sitting standing against beside atop into onto
        within around above below underneath upon while who which that whose plus next
        """;

    /// <summary>Words that weigh an amount of something else: "loaf of bread" is bread.</summary>
    private const string MeasureWords = """
        slice piece loaf wedge pair bunch pile stack cup mug glass bowl plate jar box handful tuft patch bit chunk
        drop scoop bar clump cluster heap pot set
        """;

    /// <summary>Filler: words that neither name a subject nor change one, and are not worth reporting as unknown.</summary>
    private const string FillerWords = """
        a an the this that these those some any my your our their its his her me i we you it is are be been being
        was were am to for and or but as so if then than very really quite super extra too much many more most
        please pls plz make draw create generate give show want need like would could should can just also only
        sprite sprites pixel pixels pixelart pixelated art artwork game games icon icons asset assets image picture
        drawing style retro bit rpg jrpg mmo indie topdown top down side view front facing back idle animation
        animated sheet spritesheet tile tileset isometric character characters cool nice awesome good great best
        beautiful pretty epic simple basic classic cartoon cartoony realistic stylized stylised minimal minimalist
        clean flat cel shaded outline outlined transparent background bg new one two three four five six seven
        eight nine ten single double dual twin something anything thing things stuff object item items kind type
        sort version looking look looks style styled brave wise loyal sneaky noble proud mighty strong powerful
        legendary mythical mythic epic rare common fantasy medieval sci fi scifi futuristic modern steampunk
        cyberpunk space magic mystic mystical ancient elder wild fallen floating flying swimming running walking
        jumping standing sitting sleeping howling roaring swirling spinning spread open closed lit roast roasted
        fried baked grilled fresh ripe juicy delicious tasty health healing mana battle war combat delivery army
        camping market village cave sea ocean forest mountain desert jungle arctic snow river swamp hill city
        street farm garden royal oil spotted striped venomous great giant huge round square tall short wide thin
        fat chubby skinny big small little long tiny massive spell magical propeller rusty shiny ornate fancy
        decorated wrapped bandages bandage ears ear nose mouth teeth legs leg arms arm paws paw feet foot hands hand
        head face body pose posing rubber plastic toy pointy shoulder chip shining hd hq high res resolution quality detailed lowres low poly
        """;

    /// <summary>
    /// Words that refine a subject into a variant when they come before it: "wizard tower", "sports car".
    /// Syntax per entry: <c>word/variant</c>, or just <c>word</c> when the variant is the word itself.
    /// </summary>
    private static (string Subject, string Words)[] VariantRows =>
    [
        ("tree", "apple/apple cherry/cherry_blossom christmas/pine dead/dead withered/dead bare/dead leafless/dead autumn/oak"),
        ("car", "sports racing/sports race/sports police taxi muscle vintage retro/vintage"),
        ("truck", "fire monster delivery"),
        ("ship", "pirate viking war space/spaceship"),
        ("boat", "fishing row/rowing sail/sailing pirate"),
        ("train", "steam"),
        ("tower", "wizard mage/wizard watch guard/watch bell clock"),
        ("book", "spell magic/spell"),
        ("potion", "health/health healing/health life/health mana poison/poison"),
        ("hat", "wizard witch cowboy pirate top party baseball"),
        ("pistol", "laser ray"),
        ("rifle", "laser sniper hunting"),
        ("elemental", "fire water earth stone/earth rock/earth air wind/air ice lightning storm/lightning shadow lava nature"),
        ("slime", "king/king"),
        ("airplane", "propeller biplane fighter/fighter jet/jet"),
        ("spaceship", "alien/saucer"),
        ("cake", "birthday wedding"),
    ];

    /// <summary>Species that refine any character: "elf archer" is an archer, drawn as an elf.</summary>
    private const string SpeciesWords = """
        elf elven/elf elvish/elf dwarf dwarven/dwarf orc orcish/orc goblin skeleton skeletal/skeleton zombie undead/zombie
        vampire robot robotic/robot cyborg alien angel demon gnome fairy troll
        """;

    /// <summary>Number words, for eye counts ("three-eyed").</summary>
    private static string[] NumberWords => ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Words that set the grid: 16 for tiny, 64 for detailed.</summary>
    private static (int Grid, string Words)[] GridRows =>
    [
        (16, "tiny teeny mini"),
        (64, "detailed hd highres high_res high_detail hi_res"),
    ];
}
