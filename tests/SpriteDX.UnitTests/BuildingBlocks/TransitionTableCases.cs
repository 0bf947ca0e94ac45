using System.Linq.Expressions;
using SpriteDX.BuildingBlocks.Domain;

namespace SpriteDX.UnitTests.BuildingBlocks;

/// <summary>
/// Every (state, transition) pair of a transition table as its own test case, against the table a test
/// writes out by hand: allowed pairs move to the expected state, every other pair is refused, and the
/// guard the conditional UPDATE uses answers the same as the in-memory rule.
/// </summary>
internal static class TransitionTableCases
{
    public static IEnumerable<TestCaseData> Every<TState, TTransition>(IReadOnlyDictionary<TTransition, (TState[] From, TState? To)> expected)
        where TState : struct, Enum
        where TTransition : struct, Enum
    {
        foreach (var transition in Enum.GetValues<TTransition>())
        {
            foreach (var state in Enum.GetValues<TState>())
            {
                var (from, to) = expected[transition];
                var outcome = from.Contains(state) ? $"moves to {to?.ToString() ?? "a state the change decides"}" : "is refused";
                yield return new TestCaseData(state, transition, from.Contains(state), to).SetName($"{transition} from {state} {outcome}");
            }
        }
    }

    public static void Verify<TEntity, TState, TTransition>(
        TransitionTable<TState, TTransition> table, TEntity entity, Expression<Func<TEntity, TState>> state, TTransition transition, bool allowed, TState? to)
        where TState : struct, Enum
        where TTransition : struct, Enum
    {
        var current = state.Compile()(entity);
        var outcome = table.Check(current, transition);

        if (allowed)
            outcome.Should().Be(TransitionOutcome.Moved);
        else
            outcome.Should().BeOfType<TransitionOutcome.RefusedOutcome>().Which.Refusal.Reason.Should().Contain($"is {current} cannot {transition}");
        table[transition].To.Should().Be(to);
        table.Guard(state, transition).Compile()(entity).Should().Be(allowed, "the UPDATE's guard and the in-memory rule are one rule");
    }
}
