using System.Collections;
using System.Linq.Expressions;

namespace SpriteDX.BuildingBlocks.Domain;

/// <summary>Why a state change was not made: an expected answer (a late render, a second webhook), not an error.</summary>
public sealed record Refusal(string Reason);

/// <summary>What asking for a state change gave: it moved, or it was refused.</summary>
public abstract record TransitionOutcome
{
    private TransitionOutcome()
    {
    }

    public static TransitionOutcome Moved { get; } = new MovedOutcome();

    public bool IsMoved => this is MovedOutcome;

    public static TransitionOutcome Refused(Refusal refusal) => new RefusedOutcome(refusal);

    public sealed record MovedOutcome : TransitionOutcome;

    public sealed record RefusedOutcome(Refusal Refusal) : TransitionOutcome;
}

/// <summary>
/// An aggregate's allowed state changes, one row per transition: the states it may leave and the state it
/// reaches (none when the target depends on the change, as a refund's does). The same rows answer the
/// in-memory rule (<see cref="Check"/>) and give the WHERE of the conditional UPDATE that guards it against
/// a concurrent change (<see cref="Guard{TEntity}"/>), so the rule and its guard cannot drift apart.
/// </summary>
public sealed class TransitionTable<TState, TTransition>(string aggregate) : IEnumerable<KeyValuePair<TTransition, TransitionTable<TState, TTransition>.Row>>
    where TState : struct, Enum
    where TTransition : struct, Enum
{
    private readonly Dictionary<TTransition, Row> _rows = [];

    public sealed record Row(IReadOnlyList<TState> From, TState? To);

    public void Add(TTransition transition, TState[] from, TState to) => _rows.Add(transition, new Row(from, to));

    public void Add(TTransition transition, TState[] from) => _rows.Add(transition, new Row(from, null));

    public Row this[TTransition transition] =>
        _rows.TryGetValue(transition, out var row) ? row : throw new ArgumentOutOfRangeException(nameof(transition), transition, $"No {aggregate} transition {transition}.");

    public bool Allows(TState current, TTransition transition) => this[transition].From.Contains(current);

    public TransitionOutcome Check(TState current, TTransition transition) =>
        Allows(current, transition) ? TransitionOutcome.Moved : TransitionOutcome.Refused(Refuse(transition, current));

    /// <summary>The refusal when the state is not known (a conditional UPDATE that matched no row).</summary>
    public Refusal Refuse(TTransition transition) =>
        new($"A {aggregate} can {transition} only when {string.Join(" or ", this[transition].From)}.");

    public Refusal Refuse(TTransition transition, TState current) =>
        new($"A {aggregate} that is {current} cannot {transition}; only when {string.Join(" or ", this[transition].From)}.");

    /// <summary>
    /// "state is one of the states this transition may leave", for a query's WHERE. The states are constants,
    /// so each transition's SQL text is fixed and its plan cached.
    /// </summary>
    public Expression<Func<TEntity, bool>> Guard<TEntity>(Expression<Func<TEntity, TState>> state, TTransition transition)
    {
        var test = this[transition].From
            .Select(from => (Expression)Expression.Equal(state.Body, Expression.Constant(from)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<TEntity, bool>>(test, state.Parameters);
    }

    public IEnumerator<KeyValuePair<TTransition, Row>> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
