using MediatR;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.Modules.Accounts.Features.Confirmation;

/// <summary>The old address hears of the change once, so a person whose account was taken over finds out.</summary>
internal sealed class TellPreviousAddressOnAccountEmailChanged(AccountsDbContext db, AccountEmails emails) : INotificationHandler<AccountEmailChanged>
{
    public async Task Handle(AccountEmailChanged e, CancellationToken ct)
    {
        if (await db.Inbox.TryClaimAsync(e.MessageId, nameof(TellPreviousAddressOnAccountEmailChanged), ct))
            await emails.AddressChangedAsync(e, ct); // saves the inbox row with the queued message
    }
}
