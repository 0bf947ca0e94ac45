namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// "Tell me when my balance falls below <see cref="Threshold"/> credits": one alert per crossing. The alert is armed while
/// the balance is at or above the threshold; falling below fires it once (disarming it), and only climbing back to the
/// threshold arms it again, so a run of generations under the threshold sends nothing more.
/// </summary>
internal sealed class LowBalanceAlert
{
    /// <summary>The largest threshold a person may set: well above any pack, far below anything that overflows.</summary>
    public const long MaxThreshold = 1_000_000;

    public Guid AccountId { get; init; }

    public long Threshold { get; set; }

    public bool Armed { get; set; }

    public DateTimeOffset SetAt { get; set; }

    /// <summary>When the balance last fell below the threshold (the alert fired).</summary>
    public DateTimeOffset? CrossedAt { get; set; }

    /// <summary>When the in-app notice of the last crossing was shown; shown once per crossing.</summary>
    public DateTimeOffset? NoticeShownAt { get; set; }

    /// <summary>Fired and not re-armed: the balance has been under the threshold since <see cref="CrossedAt"/>.</summary>
    public bool IsBelow => !Armed && CrossedAt is not null;

    /// <summary>
    /// A page showing <paramref name="balance"/> has a notice to claim: the latest crossing's was not shown yet, or the
    /// balance is under an alert still armed (its background check has not run yet, or was lost with a restart).
    /// </summary>
    public bool NoticeDue(long balance) => Armed ? balance < Threshold : IsBelow && (NoticeShownAt is null || NoticeShownAt < CrossedAt);
}
