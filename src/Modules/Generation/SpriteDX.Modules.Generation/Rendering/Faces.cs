namespace SpriteDX.Modules.Generation.Rendering;

internal enum EyeStyle
{
    Round,
    Cute,
    Angry,
    Happy,
    Hollow,
    Slit,
    Glow,
}

internal enum MouthStyle
{
    None,
    Smile,
    Cat,
    Open,
    Fangs,
    Gasp,
}

/// <summary>
/// Eyes and mouths are drawn pixel by pixel for each grid size, because features of two or three pixels
/// lose their expression when rasterised from shapes.
/// Legend: '#' ink, 'o' shine, 'w' white, 'g' glow, 'G' bright glow, 'r' mouth, 'p' blush.
/// </summary>
internal static class Faces
{
    public static IReadOnlyList<string> Eye(EyeStyle style, int grid) => (style, grid) switch
    {
        (EyeStyle.Round, 16) => ["#", "#"],
        (EyeStyle.Round, 32) => ["o#", "##", "##"],
        (EyeStyle.Round, _) => [".##.", "#oo#", "#o##", "####", "####", ".##."],
        (EyeStyle.Cute, 16) => ["o#", "##"],
        (EyeStyle.Cute, 32) => ["o##", "###", "###", "##o"],
        (EyeStyle.Cute, _) => [".####.", "#oo###", "#oo###", "######", "######", "####o#", ".####."],
        (EyeStyle.Angry, 16) => ["gg"],
        (EyeStyle.Angry, 32) => ["g...", "ggg.", "gggg"],
        (EyeStyle.Angry, _) => ["g.....", "ggg...", "ggGgg.", "gggggg"],
        (EyeStyle.Happy, 16) => ["##"],
        (EyeStyle.Happy, 32) => [".#.", "#.#"],
        (EyeStyle.Happy, _) => ["..##..", ".#..#.", "#....#"],
        (EyeStyle.Hollow, 16) => ["#", "#"],
        (EyeStyle.Hollow, 32) => ["##", "##", "##"],
        (EyeStyle.Hollow, _) => [".##.", "####", "####", "####", "####", ".##."],
        (EyeStyle.Slit, 16) => ["#", "#"],
        (EyeStyle.Slit, 32) => ["g#g", "g#g", "g#g"],
        (EyeStyle.Slit, _) => [".g##g.", "gg##Gg", "gg##gg", "gg##gg", ".g##g."],
        (EyeStyle.Glow, 16) => ["G"],
        (EyeStyle.Glow, 32) => ["Gg", "gg"],
        (EyeStyle.Glow, _) => [".gg.", "gGGg", "gGGg", ".gg."],
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    public static IReadOnlyList<string> Mouth(MouthStyle style, int grid) => (style, grid) switch
    {
        (MouthStyle.None, _) or (MouthStyle.Smile or MouthStyle.Cat, 16) => [],
        (MouthStyle.Smile, 32) => ["#..#", ".##."],
        (MouthStyle.Smile, _) => ["#....#", ".####."],
        (MouthStyle.Cat, 32) => ["#.##.#", ".#..#."],
        (MouthStyle.Cat, _) => ["#..##..#", ".##..##."],
        (_, 16) => ["##"],
        (MouthStyle.Open, 32) => ["####", "#rr#", ".##."],
        (MouthStyle.Open, _) => ["######", "#rrrr#", "#rrrr#", ".####."],
        (MouthStyle.Fangs, 32) => ["######", ".w..w."],
        (MouthStyle.Fangs, _) => ["########", ".ww..ww.", ".w....w."],
        (MouthStyle.Gasp, 32) => [".##.", "#rr#", ".##."],
        (MouthStyle.Gasp, _) => ["..##..", ".#rr#.", "#rrrr#", ".#rr#.", "..##.."],
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    public static IReadOnlyList<string> Blush(int grid) => grid switch
    {
        16 => [],
        32 => ["pp"],
        _ => ["ppp"],
    };

    public static EyeStyle EyesFor(SpriteMood mood) => mood switch
    {
        SpriteMood.Cute => EyeStyle.Cute,
        SpriteMood.Evil => EyeStyle.Angry,
        SpriteMood.Happy => EyeStyle.Happy,
        SpriteMood.Spooky => EyeStyle.Hollow,
        _ => EyeStyle.Round,
    };

    public static MouthStyle MouthFor(SpriteMood mood) => mood switch
    {
        SpriteMood.Cute => MouthStyle.Cat,
        SpriteMood.Evil => MouthStyle.Fangs,
        SpriteMood.Happy => MouthStyle.Open,
        SpriteMood.Spooky => MouthStyle.Gasp,
        _ => MouthStyle.Smile,
    };
}
