using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Admin.Data;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>The admin list shows and finds the account by its confirmed new address.</summary>
internal sealed class UpdateEmailOnAccountEmailChanged(AdminDbContext db) : INotificationHandler<AccountEmailChanged>
{
    public Task Handle(AccountEmailChanged e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(UpdateEmailOnAccountEmailChanged), async () =>
        {
            var account = await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct);
            account.RecordEmail(e.Email, e.OccurredAt);
        }, ct);
}
