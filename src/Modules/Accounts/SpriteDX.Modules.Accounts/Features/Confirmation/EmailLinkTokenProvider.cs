using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.Confirmation;

/// <summary>
/// Confirmation links (a new account's address, a new address) live days, not the hour a reset link gets: proving an
/// address is worth little to a thief, and a welcome message is often read the next day.
/// </summary>
internal sealed class EmailLinkTokenProvider(
    IDataProtectionProvider dataProtection, IOptions<EmailLinkTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AccountUser>> logger)
    : DataProtectorTokenProvider<AccountUser>(dataProtection, options, logger)
{
    public const string ProviderName = "EmailLink";
}

internal sealed class EmailLinkTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public EmailLinkTokenProviderOptions()
    {
        Name = EmailLinkTokenProvider.ProviderName;
        TokenLifespan = AccountsModule.ConfirmationLinkLifetime;
    }
}
