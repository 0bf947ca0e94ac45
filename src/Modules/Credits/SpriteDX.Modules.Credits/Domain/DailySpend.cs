namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// Credits an account spent on one UTC day, kept with each spend so the usage chart reads at most
/// 30 rows however long the ledger grows.
/// </summary>
internal sealed class DailySpend
{
    public Guid AccountId { get; init; }

    public DateOnly Day { get; init; }

    public long Credits { get; init; }
}
