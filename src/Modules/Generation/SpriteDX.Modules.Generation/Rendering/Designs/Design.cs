namespace SpriteDX.Modules.Generation.Rendering.Designs;

/// <summary>How a design moves in its sprite sheet.</summary>
internal enum Animation
{
    /// <summary>One frame: items, buildings, vehicles, plants.</summary>
    Still,

    /// <summary>Breathing bob and a blink: characters and creatures. The design draws one pose; the frames are derived.</summary>
    Idle,

    /// <summary>Four frames the design draws itself, varying with <see cref="SpriteSketch.Frame"/>: fire, sparkles, portals.</summary>
    Loop,
}

/// <summary>One subject's drawing: a function of the sketch (canvas, seeded randomness, spec) and how it animates.</summary>
internal sealed record Design(Action<SpriteSketch> Draw, Animation Animation = Animation.Still);
