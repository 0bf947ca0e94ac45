using Microsoft.AspNetCore.Identity;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.SignIn;

/// <summary>
/// A sign-in for an address without an account hashes the typed password all the same, so it takes as long as a
/// wrong password for a real account and its timing does not tell who has an account.
/// </summary>
internal sealed class UnknownAccountPasswordCheck(IPasswordHasher<AccountUser> hasher)
{
    private static readonly AccountUser StandIn = new();
    private static readonly Lock HashLock = new();
    private static string? _standInHash;

    public void Run(string password)
    {
        string hash;
        lock (HashLock)
            hash = _standInHash ??= hasher.HashPassword(StandIn, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(StandIn, hash, password);
    }
}
