using MediatR;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Credits.Features.Metrics;

/// <summary>
/// Counts each movement once it is committed (the notification is published after the commit). No inbox: a
/// notification delivered twice, which only a failed neighbour handler causes, counts twice; a metric may.
/// </summary>
internal sealed class CountCreditsOnCreditBalanceChanged(CreditsMetrics metrics) : INotificationHandler<CreditBalanceChanged>
{
    public Task Handle(CreditBalanceChanged e, CancellationToken ct)
    {
        metrics.Moved(e.Kind, e.Delta);
        return Task.CompletedTask;
    }
}
