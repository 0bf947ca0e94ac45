using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.Deletion;

/// <summary>
/// Keyed fingerprints of deleted accounts' addresses. The key is random, made once and kept in Accounts' database
/// encrypted by data protection, so every instance shares it and a database copy alone cannot test guessed addresses.
/// </summary>
internal sealed class AddressFingerprints(AccountsDbContext db, IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("SpriteDX.Accounts.DeletedAddressFingerprint");

    public async Task<string> OfAsync(string email, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var normalized = Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant());
        return Convert.ToHexString(HMACSHA256.HashData(key, normalized));
    }

    public async Task<bool> WasDeletedAsync(string email, CancellationToken cancellationToken)
    {
        var fingerprint = await OfAsync(email, cancellationToken);
        return await db.DeletedAddresses.AnyAsync(a => a.Fingerprint == fingerprint, cancellationToken);
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var stored = await db.AddressFingerprintKeys.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            var made = new AddressFingerprintKey { ProtectedKey = _protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) };
            db.AddressFingerprintKeys.Add(made);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request or instance made one at the same moment: the primary key kept theirs, which every instance uses.
                db.Entry(made).State = EntityState.Detached;
            }

            stored = await db.AddressFingerprintKeys.AsNoTracking().SingleAsync(cancellationToken);
        }

        return Convert.FromBase64String(_protector.Unprotect(stored.ProtectedKey));
    }
}
