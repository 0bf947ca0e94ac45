namespace SpriteDX.Modules.Generation.Rendering.Designs.Characters;

/// <summary>How tall and broad the body is under a head of nearly the same size: chibi builds differ mostly below the neck.</summary>
internal enum Build
{
    Standard,
    Short,
    Tall,
    Slim,
}

internal enum Ears
{
    Round,
    Pointy,
    Big,
    Wolf,
}

internal enum Hair
{
    Bald,
    Short,
    Spiky,
    Long,
    Wild,
    Slick,
}

internal enum Beard
{
    None,
    Full,
    Long,
    Moustache,
}

internal enum Headgear
{
    None,
    KnightHelm,
    VikingHelm,
    PlumedHelm,
    WingedHelm,
    Kabuto,
    ArmyHelmet,
    KettleHelm,
    SpaceHelmet,
    HardHat,
    FireHelmet,
    WizardHat,
    WitchHat,
    GnomeHat,
    SantaHat,
    JesterHat,
    Crown,
    Tiara,
    Hood,
    CowboyHat,
    StrawHat,
    Fedora,
    TopHat,
    Toque,
    Tricorn,
    PeakedCap,
    SailorCap,
    FeatheredCap,
    Beanie,
    Bandana,
    Headband,
    NinjaWrap,
    BandageWrap,
    Turban,
}

internal enum Outfit
{
    Tunic,
    Shirt,
    Armour,
    Robe,
    Dress,
    Coat,
    Apron,
    Overalls,
    Suit,
    Spacesuit,
    Bandages,
    Wrap,
    Pelt,
    Rags,
    MermaidTail,
}

/// <summary>A mark on the chest that tells similar outfits apart: a police badge, a sailor's stripes, a paladin's cross.</summary>
internal enum Emblem
{
    None,
    Cross,
    Badge,
    Star,
    Stripes,
    Camo,
    Diamonds,
    Buttons,
    Skull,
    Fur,
    Patches,
    Sash,
    Tie,
}

internal enum WingStyle
{
    Feathered,
    Bat,
    Fairy,
}

/// <summary>
/// A body the role dresses: its build, skin and what grows on the head. A role names one, and a prompt's variant ("orc"
/// warrior, "elf" archer, "skeleton" knight) swaps it without touching the outfit.
/// </summary>
internal sealed record Species(Build Build, Hsv[] Skin)
{
    public Ears Ears { get; init; } = Ears.Round;

    public bool Tusks { get; init; }

    public bool BigNose { get; init; }

    public bool Snout { get; init; }

    public bool Antenna { get; init; }

    public bool Skull { get; init; }

    public bool Fangs { get; init; }

    /// <summary>Fur or bandages cover the head, so no hair is drawn over it.</summary>
    public bool CoveredHead { get; init; }

    public EyeStyle? Eyes { get; init; }

    public Hsv? EyeGlow { get; init; }

    public bool Stitches { get; init; }
}

/// <summary>One character subject as a configuration of the humanoid plan: who wears what and holds what.</summary>
internal sealed record Role
{
    public string Species { get; init; } = "human";

    public required Outfit Outfit { get; init; }

    /// <summary>Good outfit colours when the prompt names none; the prompt's main colour replaces them.</summary>
    public required Hsv[] Colours { get; init; }

    /// <summary>Trim, belt buckle and cape colour when the prompt names no second colour.</summary>
    public Hsv Trim { get; init; } = new(46, 0.78, 0.95);

    public Emblem Emblem { get; init; }

    public Headgear Headgear { get; init; }

    /// <summary>The hat's colour when it is not the outfit's (a cowboy's brown hat over a red shirt).</summary>
    public Hsv? HeadgearColour { get; init; }

    public Hair[] Hair { get; init; } = [Characters.Hair.Short, Characters.Hair.Spiky];

    public Hsv[]? HairColours { get; init; }

    public Beard Beard { get; init; }

    /// <summary>How often the seed grows <see cref="Beard"/>; 1 means always.</summary>
    public double BeardChance { get; init; } = 1;

    public string? Held { get; init; }

    public bool Shield { get; init; }

    /// <summary>Details this role always has (cape, wings, halo, eyepatch, ...), in the spec's words; the prompt can add more.</summary>
    public string[] Details { get; init; } = [];

    public WingStyle Wings { get; init; } = WingStyle.Feathered;

    /// <summary>Legs, sleeves or tunic hem in a colour of their own (trousers under a tunic, tights under a dress).</summary>
    public Hsv Legs { get; init; } = new(226, 0.3, 0.4);

    public EyeStyle? Eyes { get; init; }

    public MouthStyle? Mouth { get; init; }

    public bool RedNose { get; init; }

    /// <summary>Arms straight out to the sides, as a scarecrow hangs on its pole.</summary>
    public bool ArmsOutstretched { get; init; }

    public Hsv Cape { get; init; } = new(352, 0.7, 0.6);
}
