namespace SpriteDX.BuildingBlocks.Modules;

/// <summary>
/// A module checking its own books against themselves (each module sees only its own data). The host's
/// `check-integrity` command runs every registered check and fails when any reports a problem.
/// </summary>
public interface IIntegrityCheck
{
    /// <summary>What is checked, for the report ("Credits: balances match their ledgers").</summary>
    string Name { get; }

    /// <summary>One plain sentence per problem found; empty when the books are right.</summary>
    Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken ct);
}
