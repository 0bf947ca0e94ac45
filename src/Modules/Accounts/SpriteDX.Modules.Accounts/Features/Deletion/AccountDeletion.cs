using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.Modules.Accounts.Features.Deletion;

internal enum DeletionOutcome
{
    Deleted,
    WrongPassword,
    LockedOut,
    LastAdmin,
}

/// <summary>
/// "Delete my account": the user row goes (with its password hash, tokens and sessions, so every cookie of it stops
/// working at once, and its data exports), the goodbye message is queued while the address is still known, the address stays only as a
/// keyed fingerprint (no second sign-up bonus), and AccountDeleted tells the other modules to erase their part. All of it
/// commits together or not at all.
/// </summary>
internal sealed class AccountDeletion(
    AccountsDbContext db, SignInManager<AccountUser> signIn, AccountEmails emails, AddressFingerprints fingerprints, TimeProvider clock)
{
    public async Task<DeletionOutcome> DeleteAsync(AccountUser user, string password, CancellationToken cancellationToken)
    {
        // Counted like a sign-in: the password form must not become a way around lockout.
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            return DeletionOutcome.LockedOut;
        if (!check.Succeeded)
            return DeletionOutcome.WrongPassword;
        if (user.IsAdmin && !await db.Users.AnyAsync(u => u.IsAdmin && u.Id != user.Id, cancellationToken))
            return DeletionOutcome.LastAdmin;

        var email = user.Email!;
        var fingerprint = await fingerprints.OfAsync(email, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await emails.AccountDeletedAsync(email, cancellationToken);
        if (!await db.DeletedAddresses.AnyAsync(a => a.Fingerprint == fingerprint, cancellationToken))
            db.DeletedAddresses.Add(new DeletedAddress { Fingerprint = fingerprint, DeletedAt = now });
        await db.Sessions.Where(s => s.AccountId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.DataExports.Where(e => e.AccountId == user.Id).ExecuteDeleteAsync(cancellationToken); // their archives cascade
        db.Users.Remove(user); // Identity's claims, logins and tokens go with it (cascade)
        db.Outbox.Add(new AccountDeleted(Guid.NewGuid(), now, user.Id));
        try
        {
            await db.CommitAndPublishAsync(transaction, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same account deleted by another request at the same moment (two tabs, a double click): the user row's
            // concurrency stamp or the fingerprint's key lets that one win, and this one's goodbye mail rolls back.
            if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == user.Id, cancellationToken))
                throw;
        }

        return DeletionOutcome.Deleted;
    }
}
