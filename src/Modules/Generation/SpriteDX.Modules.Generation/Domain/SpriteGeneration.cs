namespace SpriteDX.Modules.Generation.Domain;

/// <summary>One request for a sprite, from prompt to PNG (or to a failure that costs nothing).</summary>
internal sealed class SpriteGeneration
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public string Prompt { get; init; } = "";

    public int Seed { get; init; }

    public int Cost { get; init; }

    /// <summary>The client's key for one click, so a double click makes one generation.</summary>
    public string? IdempotencyKey { get; init; }

    public GenerationStatus Status { get; set; }

    public int Progress { get; set; }

    public string? Error { get; set; }

    /// <summary>The balance right after the reservation (or what was available when rejected).</summary>
    public long? Balance { get; set; }

    public int? GridSize { get; set; }

    public string? Description { get; set; }

    public int RenderAttempts { get; set; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>What the person is charged: nothing for a failed or rejected generation.</summary>
    public int Charged => Status is GenerationStatus.Failed or GenerationStatus.Rejected ? 0 : Cost;
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
