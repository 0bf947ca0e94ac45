namespace SpriteDX.BuildingBlocks.Data;

/// <summary>A module's copy of an account's credit balance, kept from the balance changes Credits announces.</summary>
public interface IBalanceCopy
{
    /// <summary>The version of the announcement recorded (0: none yet, or one made before balances had versions).</summary>
    long BalanceVersion { get; }

    DateTimeOffset? BalanceAt { get; }
}

public static class BalanceCopies
{
    /// <summary>
    /// The copies an announcement of <paramref name="version"/> at <paramref name="announcedAt"/> supersedes
    /// (CreditBalanceChanged.Supersedes, as a query), for a conditional UPDATE: the database decides on the row as it is
    /// when the UPDATE runs, so two announcements handled at once (by two hosts) cannot save over each other the way
    /// read, compare and save can.
    /// </summary>
    public static IQueryable<T> SupersededBy<T>(this IQueryable<T> copies, long version, DateTimeOffset announcedAt) where T : class, IBalanceCopy =>
        version > 0
            ? copies.Where(c => c.BalanceVersion < version)
            : copies.Where(c => c.BalanceVersion == 0 && (c.BalanceAt == null || c.BalanceAt <= announcedAt));
}
