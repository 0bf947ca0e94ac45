namespace SpriteDX.BuildingBlocks.Events;

/// <summary>One or more handlers of a notification failed; the others still ran.</summary>
public sealed class NotificationDeliveryException(IReadOnlyList<HandlerFailure> failures)
    : Exception(Describe(failures), failures.Count == 1 ? failures[0].Exception : new AggregateException(failures.Select(f => f.Exception)))
{
    public IReadOnlyList<HandlerFailure> Failures { get; } = failures;

    private static string Describe(IReadOnlyList<HandlerFailure> failures) =>
        string.Join("; ", failures.Select(f => $"{f.Handler}: {f.Exception.GetBaseException().Message}"));
}

public sealed record HandlerFailure(string Handler, Exception Exception);

/// <summary>Raised by an isolated handler so the mediator can name the handler that failed.</summary>
internal sealed class HandlerFailedException(string handler, Exception inner) : Exception(inner.Message, inner)
{
    public string Handler { get; } = handler;
}
