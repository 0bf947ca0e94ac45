using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpriteDX.Modules.Generation.Rendering;

internal enum SpriteKind
{
    Critter,
    Slime,
    Dragon,
    Bat,
    Ghost,
    Cat,
    Robot,
    Skeleton,
    Knight,
    Wizard,
    Hero,
    Sword,
    Potion,
    Shield,
    Gem,
    Key,
    Chest,
    Coin,
    Heart,
    Mushroom,
    Tree,
}

/// <summary>What a prompt asks for, read from its words: kind, colours, grid size and mood.</summary>
internal sealed partial record PromptCues(
    string NormalisedPrompt,
    SpriteKind Kind,
    int GridSize,
    SpriteMood Mood,
    IReadOnlyList<Hsv> Colours,
    IReadOnlyList<string> ColourWords)
{
    public const int DefaultGridSize = 32;

    public bool IsCreature => Kind is not (SpriteKind.Sword or SpriteKind.Potion or SpriteKind.Shield or SpriteKind.Gem
        or SpriteKind.Key or SpriteKind.Chest or SpriteKind.Coin or SpriteKind.Heart or SpriteKind.Mushroom or SpriteKind.Tree);

    public string Describe()
    {
        var words = new List<string>();
        if (Mood != SpriteMood.Neutral)
        {
            words.Add(Mood.ToString().ToLowerInvariant());
        }
        words.AddRange(ColourWords);
        words.Add(Kind == SpriteKind.Critter ? "creature" : Kind.ToString().ToLowerInvariant());
        return string.Create(CultureInfo.InvariantCulture, $"{GridSize}x{GridSize} {string.Join(' ', words)}");
    }

    public static PromptCues Read(string prompt)
    {
        var normalised = Normalise(prompt);
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (colours, colourWords) = ReadColours(words);
        return new PromptCues(normalised, ReadKind(words), ReadGridSize(normalised, words), ReadMood(words), colours, colourWords);
    }

    private static string Normalise(string prompt)
    {
        var builder = new StringBuilder(prompt.Length);
        foreach (var character in prompt.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(character);
            if (keep || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(keep ? character : ' ');
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>The first kind named wins, except in compounds like "dragon sword" where the last noun is the thing itself.</summary>
    private static SpriteKind ReadKind(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (Lookup(Kinds, words[i]) is not { } kind)
            {
                continue;
            }
            while (i + 1 < words.Length && Lookup(Kinds, words[i + 1]) is { } next)
            {
                kind = next;
                i++;
            }
            return kind;
        }
        return SpriteKind.Critter;
    }

    private static int ReadGridSize(string normalised, string[] words)
    {
        if (SizePattern().Match(normalised) is { Success: true } match)
        {
            var pixels = int.Parse(match.Groups["pixels"].ValueSpan, CultureInfo.InvariantCulture);
            return pixels switch
            {
                <= 24 => 16,
                <= 48 => 32,
                _ => 64,
            };
        }
        if (words.Contains("tiny"))
        {
            return 16;
        }
        return words.Contains("detailed") ? 64 : DefaultGridSize;
    }

    private static SpriteMood ReadMood(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var colourFollows = i + 1 < words.Length && Lookup(NamedColours, words[i + 1]) is not null;
            if (words[i] == "dark" && colourFollows)
            {
                continue;
            }
            if (Lookup(Moods, words[i]) is { } mood)
            {
                return mood;
            }
        }
        return SpriteMood.Neutral;
    }

    private static (IReadOnlyList<Hsv> Colours, IReadOnlyList<string> Words) ReadColours(string[] words)
    {
        var colours = new List<Hsv>();
        var names = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (Lookup(NamedColours, words[i]) is not { } colour)
            {
                continue;
            }
            var name = words[i];
            if (i > 0 && ColourModifiers.TryGetValue(words[i - 1], out var modify))
            {
                colour = modify(colour);
                name = $"{words[i - 1]} {name}";
            }
            if (!colours.Contains(colour))
            {
                colours.Add(colour);
                names.Add(name);
            }
        }
        return (colours, names);
    }

    private static T? Lookup<T>(IReadOnlyDictionary<string, T> table, string word) where T : struct =>
        table.TryGetValue(word, out var found) ? found
        : word.Length > 3 && word.EndsWith('s') && table.TryGetValue(word[..^1], out var singular) ? singular
        : null;

    [GeneratedRegex(@"(?<![0-9])(?<pixels>[0-9]{1,3}) ?(?:x ?[0-9]{1,3}|px|pixels?)(?![a-z])")]
    private static partial Regex SizePattern();

    private static readonly Dictionary<string, SpriteKind> Kinds = Table(
        (SpriteKind.Slime, "slime blob ooze jelly goo gel pudding"),
        (SpriteKind.Dragon, "dragon drake wyvern wyrm dragonling dino dinosaur lizard"),
        (SpriteKind.Bat, "bat vampire"),
        (SpriteKind.Ghost, "ghost spirit phantom spectre specter wraith poltergeist"),
        (SpriteKind.Cat, "cat kitten kitty neko fox tiger lion"),
        (SpriteKind.Robot, "robot bot mech android droid cyborg automaton golem"),
        (SpriteKind.Skeleton, "skeleton skull bones lich undead"),
        (SpriteKind.Knight, "knight paladin warrior soldier guard guardian templar"),
        (SpriteKind.Wizard, "wizard mage witch sorcerer sorceress warlock magician necromancer druid"),
        (SpriteKind.Hero, "hero heroine character adventurer player person boy girl man woman elf archer rogue ranger villager kid"),
        (SpriteKind.Sword, "sword blade katana dagger sabre saber rapier longsword broadsword"),
        (SpriteKind.Potion, "potion elixir flask vial bottle brew tonic"),
        (SpriteKind.Shield, "shield buckler"),
        (SpriteKind.Gem, "gem jewel crystal diamond ruby emerald sapphire amethyst topaz gemstone"),
        (SpriteKind.Key, "key"),
        (SpriteKind.Chest, "chest treasure crate loot"),
        (SpriteKind.Coin, "coin money token"),
        (SpriteKind.Heart, "heart life hp love"),
        (SpriteKind.Mushroom, "mushroom shroom toadstool fungus"),
        (SpriteKind.Tree, "tree pine oak bush"));

    private static readonly Dictionary<string, SpriteMood> Moods = Table(
        (SpriteMood.Cute, "cute kawaii adorable baby chibi little sweet fluffy tiny lovely"),
        (SpriteMood.Evil, "evil dark angry demon demonic sinister menacing scary fierce wicked corrupted cursed villain"),
        (SpriteMood.Happy, "happy smiling smile cheerful joyful jolly friendly silly laughing glad"),
        (SpriteMood.Spooky, "spooky haunted creepy eerie ghostly halloween zombie"));

    private static readonly Dictionary<string, Hsv> NamedColours = Table(
        (new Hsv(0, 0.78, 0.86), "red"),
        (new Hsv(348, 0.85, 0.76), "crimson ruby cherry"),
        (new Hsv(6, 0.88, 0.92), "scarlet"),
        (new Hsv(352, 0.82, 0.62), "blood bloody"),
        (new Hsv(346, 0.72, 0.46), "maroon burgundy wine"),
        (new Hsv(338, 0.42, 0.97), "pink rose"),
        (new Hsv(326, 0.45, 0.98), "bubblegum candy"),
        (new Hsv(305, 0.72, 0.86), "magenta fuchsia"),
        (new Hsv(12, 0.6, 0.98), "coral salmon peach"),
        (new Hsv(28, 0.86, 0.96), "orange pumpkin tangerine autumn"),
        (new Hsv(20, 0.9, 0.97), "fire flame flaming fiery blaze inferno burning sun"),
        (new Hsv(12, 0.95, 0.9), "lava magma molten"),
        (new Hsv(18, 0.75, 0.62), "rust rusty copper"),
        (new Hsv(30, 0.7, 0.72), "bronze"),
        (new Hsv(40, 0.9, 0.97), "amber honey topaz"),
        (new Hsv(46, 0.82, 0.95), "gold golden"),
        (new Hsv(54, 0.8, 0.99), "yellow lemon banana"),
        (new Hsv(52, 0.85, 1), "electric lightning thunder spark"),
        (new Hsv(46, 0.28, 1), "holy divine angel angelic heavenly"),
        (new Hsv(84, 0.78, 0.9), "lime"),
        (new Hsv(92, 0.86, 0.86), "poison toxic acid venom radioactive"),
        (new Hsv(120, 0.62, 0.74), "green"),
        (new Hsv(112, 0.62, 0.62), "forest leaf leafy grass nature"),
        (new Hsv(145, 0.76, 0.72), "emerald"),
        (new Hsv(150, 0.48, 0.66), "jade"),
        (new Hsv(150, 0.36, 0.92), "mint"),
        (new Hsv(66, 0.6, 0.56), "olive moss swamp"),
        (new Hsv(176, 0.72, 0.66), "teal"),
        (new Hsv(170, 0.62, 0.86), "turquoise"),
        (new Hsv(186, 0.72, 0.92), "cyan aqua"),
        (new Hsv(199, 0.36, 0.98), "ice icy frost frosty frozen snow snowy glacier"),
        (new Hsv(203, 0.5, 0.96), "sky"),
        (new Hsv(208, 0.72, 0.86), "water ocean sea"),
        (new Hsv(206, 0.62, 0.96), "azure"),
        (new Hsv(220, 0.72, 0.86), "blue"),
        (new Hsv(222, 0.8, 0.72), "sapphire cobalt"),
        (new Hsv(226, 0.72, 0.46), "navy midnight"),
        (new Hsv(248, 0.62, 0.62), "indigo"),
        (new Hsv(268, 0.55, 0.86), "violet"),
        (new Hsv(278, 0.62, 0.72), "purple arcane royal"),
        (new Hsv(275, 0.5, 0.78), "amethyst"),
        (new Hsv(262, 0.3, 0.94), "lavender lilac"),
        (new Hsv(262, 0.55, 0.38), "shadow void night abyss cosmic galaxy"),
        (new Hsv(28, 0.62, 0.52), "brown chocolate mud dirt wooden wood"),
        (new Hsv(34, 0.42, 0.82), "tan sand sandy desert beige"),
        (new Hsv(44, 0.18, 0.96), "cream ivory bone"),
        (new Hsv(188, 0.22, 1), "diamond crystal crystalline"),
        (new Hsv(215, 0.05, 0.96), "white"),
        (new Hsv(215, 0.1, 0.62), "grey gray stone rock"),
        (new Hsv(210, 0.1, 0.84), "silver steel iron metal chrome"),
        (new Hsv(250, 0.25, 0.22), "black obsidian onyx"));

    private static readonly Dictionary<string, Func<Hsv, Hsv>> ColourModifiers = new()
    {
        ["dark"] = colour => colour.With(value: colour.Value * 0.62, saturation: colour.Saturation + 0.08),
        ["deep"] = colour => colour.With(value: colour.Value * 0.72, saturation: colour.Saturation + 0.1),
        ["light"] = colour => colour.With(saturation: colour.Saturation * 0.55, value: colour.Value + 0.15),
        ["pale"] = colour => colour.With(saturation: colour.Saturation * 0.4, value: colour.Value + 0.2),
        ["pastel"] = colour => colour.With(saturation: colour.Saturation * 0.45, value: colour.Value + 0.2),
        ["bright"] = colour => colour.With(saturation: colour.Saturation + 0.1, value: colour.Value + 0.15),
        ["neon"] = colour => colour.With(saturation: 1, value: 1),
        ["vivid"] = colour => colour.With(saturation: colour.Saturation + 0.15, value: colour.Value + 0.1),
        ["muted"] = colour => colour.With(saturation: colour.Saturation * 0.55),
    };

    private static Dictionary<string, T> Table<T>(params (T Value, string Words)[] rows)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in rows)
        {
            foreach (var word in words.Split(' '))
            {
                table[word] = value;
            }
        }
        return table;
    }
}
