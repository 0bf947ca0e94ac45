using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Accounts.Contracts;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>A new account appears in the admin list with its email, creation time and initial flags.</summary>
internal sealed class RecordAccountOnAccountRegistered(AdminDbContext db) : INotificationHandler<AccountRegistered>
{
    public Task Handle(AccountRegistered e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(RecordAccountOnAccountRegistered), async () =>
        {
            var account = await db.FindOrOpenAccountAsync(e.AccountId, e.OccurredAt, ct);
            account.RecordEmail(e.Email, e.OccurredAt); // a later AccountEmailChanged may have arrived first

            account.CreatedAt = e.OccurredAt;
            account.IsAdmin = e.IsAdmin;
            account.HasEarlyAccess = e.HasEarlyAccess;
            account.IsRegistered = true;
        }, ct);
}
