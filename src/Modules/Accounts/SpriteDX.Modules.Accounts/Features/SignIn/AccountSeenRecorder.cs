using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.SignIn;

/// <summary>
/// Announces that an account is active: always at sign-in, otherwise at most once per
/// <see cref="AccountUser.SeenInterval"/>, so an active session costs one write every few minutes, not one per request.
/// </summary>
internal sealed class AccountSeenRecorder(AccountsDbContext db, TimeProvider clock)
{
    public static bool IsDue(DateTimeOffset? lastSeenAt, DateTimeOffset now) =>
        lastSeenAt is null || lastSeenAt < now - AccountUser.SeenInterval;

    public async Task RecordAsync(Guid accountId, bool signingIn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - AccountUser.SeenInterval;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The conditional UPDATE decides: of two requests arriving together, only one announces.
        var claimed = await db.Users
            .Where(u => u.Id == accountId && (signingIn || u.LastSeenAt == null || u.LastSeenAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastSeenAt, now), cancellationToken);
        if (claimed == 0)
            return;
        db.Outbox.Add(new AccountSeen(Guid.NewGuid(), now, accountId));
        await db.CommitAndPublishAsync(transaction, cancellationToken);
    }
}
