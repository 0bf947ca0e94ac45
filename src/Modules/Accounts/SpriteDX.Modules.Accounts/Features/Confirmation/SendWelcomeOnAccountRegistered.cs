using MediatR;
using Microsoft.AspNetCore.Identity;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.Modules.Accounts.Features.Confirmation;

/// <summary>The welcome message with the confirmation link, once per account: the inbox row and the queued mail are saved together.</summary>
internal sealed class SendWelcomeOnAccountRegistered(AccountsDbContext db, UserManager<AccountUser> users, AccountEmails emails)
    : INotificationHandler<AccountRegistered>
{
    public async Task Handle(AccountRegistered e, CancellationToken ct)
    {
        if (!await db.Inbox.TryClaimAsync(e.MessageId, nameof(SendWelcomeOnAccountRegistered), ct))
            return;
        if (await users.FindByIdAsync(e.AccountId.ToString()) is not { EmailConfirmed: false } user)
            return;
        await emails.ConfirmationAsync(user.Email!, user.Id, await users.GenerateEmailConfirmationTokenAsync(user), welcome: true, ct);
    }
}
