namespace SpriteDX.Modules.Credits.Contracts;

/// <summary>Credits' pages that other modules link to; the routes are Credits' to change.</summary>
public static class CreditsLinks
{
    /// <summary>Usage and Billing: the balance, spending, the credit history and the sections other modules add.</summary>
    public const string Billing = "/billing";
}
