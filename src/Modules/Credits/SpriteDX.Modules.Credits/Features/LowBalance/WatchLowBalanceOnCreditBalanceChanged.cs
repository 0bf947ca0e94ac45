using MediatR;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Credits.Features.LowBalance;

/// <summary>Every balance change may cross a low-balance alert, either way: decided here, after the change committed, never inside a spend.</summary>
internal sealed class WatchLowBalanceOnCreditBalanceChanged(LowBalanceAlerts alerts) : INotificationHandler<CreditBalanceChanged>
{
    public Task Handle(CreditBalanceChanged e, CancellationToken ct) => alerts.WatchAsync(e.AccountId, e.Balance, ct);
}
