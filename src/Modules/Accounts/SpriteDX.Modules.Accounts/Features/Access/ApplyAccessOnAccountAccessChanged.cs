using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.Modules.Accounts.Features.Access;

/// <summary>
/// An admin's flag decision (Early Access, Suspended, Admin) lands on the account row; the claims are
/// read from it on every request, so it takes effect on the account's next request.
/// </summary>
internal sealed class ApplyAccessOnAccountAccessChanged(AccountsDbContext db) : INotificationHandler<AccountAccessChanged>
{
    public Task Handle(AccountAccessChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(ApplyAccessOnAccountAccessChanged), async () =>
        {
            var user = await db.Users.FindAsync([e.AccountId], ct)
                       ?? throw new InvalidOperationException($"Account {e.AccountId} does not exist; its {e.Flag} flag cannot change.");
            user.ApplyAccess(e.Flag, e.Value, e.OccurredAt);
        }, ct);
}
