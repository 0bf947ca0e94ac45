using SpriteDX.BuildingBlocks.Domain;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Domain;

/// <summary>One request for a sprite, from prompt to PNG (or to a failure that costs nothing).</summary>
internal sealed class SpriteGeneration
{
    /// <summary>
    /// Where a generation may go from where it is. Credits answer a Pending one (Queue or Reject), the render job
    /// takes a Queued one (Start), and only a Running one reports progress or succeeds; a failure may end any
    /// generation not yet settled. GenerationStateChanges guards each change with a conditional UPDATE built
    /// from this table, so a late render, a timeout and a redelivered notification can never settle it twice.
    /// </summary>
    public static readonly TransitionTable<GenerationStatus, GenerationTransition> Transitions = new("generation")
    {
        { GenerationTransition.Queue, [GenerationStatus.Pending], GenerationStatus.Queued },
        { GenerationTransition.Reject, [GenerationStatus.Pending], GenerationStatus.Rejected },
        { GenerationTransition.Start, [GenerationStatus.Queued], GenerationStatus.Running },
        { GenerationTransition.Requeue, [GenerationStatus.Running], GenerationStatus.Queued },
        { GenerationTransition.TakeOver, [GenerationStatus.Running], GenerationStatus.Running },
        { GenerationTransition.ReportProgress, [GenerationStatus.Running], GenerationStatus.Running },
        { GenerationTransition.Succeed, [GenerationStatus.Running], GenerationStatus.Succeeded },
        { GenerationTransition.Fail, [GenerationStatus.Pending, GenerationStatus.Queued, GenerationStatus.Running], GenerationStatus.Failed },
        { GenerationTransition.TimeOut, [GenerationStatus.Pending, GenerationStatus.Queued, GenerationStatus.Running], GenerationStatus.Failed },
    };

    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public string Prompt { get; init; } = "";

    public int Seed { get; init; }

    public int Cost { get; init; }

    /// <summary>What the prompt was understood to name when it was requested ("horse").</summary>
    public string? Subject { get; init; }

    /// <summary>The palette's API name ("default", "pico8", "nes", "gameboy").</summary>
    public string Palette { get; init; } = "default";

    /// <summary>The size asked for beside the prompt (16, 32 or 64), or null to let the prompt decide.</summary>
    public int? RequestedSize { get; init; }

    /// <summary>The client's key for one click, so a double click makes one generation.</summary>
    public string? IdempotencyKey { get; init; }

    public GenerationStatus Status { get; set; }

    public int Progress { get; set; }

    public string? Error { get; set; }

    /// <summary>The balance right after the reservation (or what was available when rejected).</summary>
    public long? Balance { get; set; }

    public int? GridSize { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// Milliseconds per frame of the stored sheet, comma-separated ("500,250,500,150"). Null for a sprite stored
    /// before sheets existed: one frame, stored upscaled.
    /// </summary>
    public string? FrameDurations { get; set; }

    public int RenderAttempts { get; set; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When its account was deleted and its words erased: a render finishing later stores nothing and succeeds in nothing.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public TransitionOutcome Can(GenerationTransition transition) => Transitions.Check(Status, transition);

    /// <summary>What the person is charged: nothing for a failed or rejected generation.</summary>
    public int Charged => Status is GenerationStatus.Failed or GenerationStatus.Rejected ? 0 : Cost;

    public SpriteRequest ToSpriteRequest() =>
        new(Prompt, Seed, Palettes.TryParse(Palette, out var palette) ? palette : SpritePalette.Default, RequestedSize);

    /// <summary>The side of one frame in pixels; a sprite from before sizes were chosen is 32.</summary>
    public int Grid => GridSize ?? Interpretation.PromptInterpreter.Sizes[1];

    /// <summary>Every frame left to right, from what the store holds: the sheet itself, or (before sheets) one upscaled frame.</summary>
    public byte[] SheetFrom(byte[] stored) => FrameDurations is null ? SpriteSheets.FromUpscaledFrame(stored, Grid) : stored;

    /// <summary>Milliseconds per frame of the stored sheet; a sprite from before sheets is one frame.</summary>
    public IReadOnlyList<int> Frames() =>
        FrameDurations is null ? [100] : [.. FrameDurations.Split(',').Select(ms => int.Parse(ms, System.Globalization.CultureInfo.InvariantCulture))];
}

internal enum GenerationStatus
{
    Pending = 1,
    Queued = 2,
    Running = 3,
    Succeeded = 4,
    Failed = 5,
    Rejected = 6,
}

internal enum GenerationTransition
{
    /// <summary>Credits reserved the cost: wait for the render job.</summary>
    Queue,

    /// <summary>Credits refused the cost (not enough credits).</summary>
    Reject,

    Start,

    /// <summary>Back in line after an interruption (the host stopped mid-render).</summary>
    Requeue,

    /// <summary>The render job of a host that died, run again by another host: it renders from the start (#22).</summary>
    TakeOver,

    ReportProgress,
    Succeed,

    /// <summary>Failed here; Credits is told to give the reservation back.</summary>
    Fail,

    /// <summary>Credits already gave the reservation back (it timed out): only the status follows.</summary>
    TimeOut,
}

internal static class GenerationStatusNames
{
    /// <summary>The contract's status words; Queued is "pending" to the outside (credits held, not started).</summary>
    public static string ToContract(this GenerationStatus status) => status switch
    {
        GenerationStatus.Pending or GenerationStatus.Queued => "pending",
        GenerationStatus.Running => "running",
        GenerationStatus.Succeeded => "succeeded",
        GenerationStatus.Failed => "failed",
        GenerationStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool IsSettled(this GenerationStatus status) =>
        status is GenerationStatus.Succeeded or GenerationStatus.Failed or GenerationStatus.Rejected;
}
