using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.Modules.Credits.Features.LowBalance;

/// <summary>
/// Balance changes, checked against their accounts' low-balance alerts in the background of this process: the spend
/// that changed a balance only writes it here (a primary-key read per spend cost the spend path a third of its
/// throughput). A check lost in a restart leaves the alert armed against the stored balance, so the account's next
/// balance change, or its next page, fires it.
/// </summary>
internal sealed class LowBalanceWatchQueue(IServiceScopeFactory scopes, ILogger<LowBalanceWatchQueue> logger)
    : BackgroundBatchQueue<AnnouncedBalance>(scopes, logger)
{
    public void Changed(AnnouncedBalance change) => Write(change);

    protected override Task HandleAsync(IServiceProvider services, IReadOnlyList<AnnouncedBalance> batch, CancellationToken ct) =>
        services.GetRequiredService<LowBalanceAlerts>().WatchAsync(batch.Select(c => c.AccountId).ToHashSet(), batch, ct);
}

/// <summary>An account's balance as a change announced it, at the time the change was made.</summary>
internal readonly record struct AnnouncedBalance(Guid AccountId, long Balance, DateTimeOffset At);
