using MediatR;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.Modules.Credits.Features.LowBalance;

/// <summary>Every balance change may cross a low-balance alert, either way: queued for the background check, never decided inside a spend.</summary>
internal sealed class WatchLowBalanceOnCreditBalanceChanged(LowBalanceWatchQueue queue) : INotificationHandler<CreditBalanceChanged>
{
    public Task Handle(CreditBalanceChanged e, CancellationToken ct)
    {
        queue.Changed(new AnnouncedBalance(e.AccountId, e.Balance, e.OccurredAt));
        return Task.CompletedTask;
    }
}
