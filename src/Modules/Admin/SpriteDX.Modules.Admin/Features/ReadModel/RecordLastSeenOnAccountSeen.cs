using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Accounts.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>Last seen only moves forward, whatever order the notifications arrive in.</summary>
internal sealed class RecordLastSeenOnAccountSeen(AdminDbContext db) : INotificationHandler<AccountSeen>
{
    public Task Handle(AccountSeen e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordLastSeenOnAccountSeen), async () =>
            (await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct)).Seen(e.OccurredAt), ct);
}
