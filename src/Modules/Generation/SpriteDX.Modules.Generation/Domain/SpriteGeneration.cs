using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Domain;

/// <summary>One request for a sprite, from prompt to PNG (or to a failure that costs nothing).</summary>
internal sealed class SpriteGeneration
{
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

    /// <summary>What the person is charged: nothing for a failed or rejected generation.</summary>
    public int Charged => Status is GenerationStatus.Failed or GenerationStatus.Rejected ? 0 : Cost;

    public SpriteRequest ToSpriteRequest() =>
        new(Prompt, Seed, Palettes.TryParse(Palette, out var palette) ? palette : SpritePalette.Default, RequestedSize);

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
