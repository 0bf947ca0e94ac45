namespace SpriteDX.Modules.Accounts.Domain;

/// <summary>
/// An e-mail address whose account was deleted, kept only as a keyed fingerprint (HMAC): enough to tell that a new
/// sign-up with it already had its bonus, too little to recover the address from a copy of the database.
/// </summary>
internal sealed class DeletedAddress
{
    public string Fingerprint { get; init; } = "";

    public DateTimeOffset DeletedAt { get; init; }
}

/// <summary>The HMAC key of the fingerprints, stored encrypted by the app's data protection keys (one row).</summary>
internal sealed class AddressFingerprintKey
{
    public const int SingleId = 1;

    public int Id { get; init; } = SingleId;

    public string ProtectedKey { get; init; } = "";
}
