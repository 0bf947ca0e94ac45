using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Deletion;

namespace SpriteDX.Modules.Accounts.Features.Registration;

/// <summary>
/// Identity's UserManager saves a new account itself (sign-up, the first-run admin). This store makes
/// that save the announcement too: the account and its AccountRegistered commit together or not at all,
/// and the notification is published before CreateAsync returns, so the other modules (Credits' welcome
/// bonus) have reacted by the time the person sees their first page. An address whose account was deleted before
/// is announced as such: the bonus is once per address. It also keeps two-factor recovery codes hashed.
/// </summary>
internal sealed class AccountUserStore(
    AccountsDbContext context, TimeProvider clock, AddressFingerprints fingerprints, IdentityErrorDescriber? describer = null)
    : UserStore<AccountUser, IdentityRole<Guid>, AccountsDbContext, Guid>(context, describer)
{
    public override async Task<IdentityResult> CreateAsync(AccountUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var usedBefore = await fingerprints.WasDeletedAsync(user.Email!, cancellationToken);
        Context.Users.Add(user);
        Context.Outbox.Add(new AccountRegistered(Guid.NewGuid(), clock.GetUtcNow(), user.Id, user.Email!, user.IsAdmin, user.HasEarlyAccess, usedBefore));
        await Context.SaveAndPublishAsync(cancellationToken);
        return IdentityResult.Success;
    }

    // Recovery codes are passwords that skip the second factor: the table keeps their hashes, never the codes
    // (Identity would store them as typed), and a code is matched however it is cased, spaced or dashed.
    public override Task ReplaceCodesAsync(AccountUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(RecoveryCodeHash), cancellationToken);

    public override Task<bool> RedeemCodeAsync(AccountUser user, string code, CancellationToken cancellationToken) =>
        base.RedeemCodeAsync(user, RecoveryCodeHash(code), cancellationToken);

    private static string RecoveryCodeHash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Replace(" ", "").Replace("-", "").Trim().ToUpperInvariant())));
}
