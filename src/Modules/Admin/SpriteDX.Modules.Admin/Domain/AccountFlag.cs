namespace SpriteDX.Modules.Admin.Domain;

/// <summary>What an admin can switch on or off for an account.</summary>
internal enum AccountFlag
{
    TestBilling = 1,
    EarlyAccess = 2,
    Suspended = 3,
    Admin = 4,
}

internal static class AccountFlags
{
    public static readonly IReadOnlyList<AccountFlag> All = [AccountFlag.TestBilling, AccountFlag.EarlyAccess, AccountFlag.Suspended, AccountFlag.Admin];

    public static string Label(this AccountFlag flag) => flag switch
    {
        AccountFlag.TestBilling => "Test Billing Account",
        AccountFlag.EarlyAccess => "Early Access",
        AccountFlag.Suspended => "Suspended",
        AccountFlag.Admin => "Admin",
        _ => flag.ToString(),
    };

    /// <summary>The name in URLs, forms, audit actions and AccountAccessChanged.Flag.</summary>
    public static string Code(this AccountFlag flag) => flag switch
    {
        AccountFlag.TestBilling => "test_billing",
        AccountFlag.EarlyAccess => "early_access",
        AccountFlag.Suspended => "suspended",
        AccountFlag.Admin => "admin",
        _ => flag.ToString().ToLowerInvariant(),
    };

    public static AccountFlag? FromCode(string? code) => All.Cast<AccountFlag?>().FirstOrDefault(f => f!.Value.Code() == code);

    /// <summary>What turning the flag on or off does, in the words shown to the admin before confirming.</summary>
    public static string Effect(this AccountFlag flag, bool on) => (flag, on) switch
    {
        (AccountFlag.TestBilling, true) => "The next checkout uses Stripe's test keys; no real money moves.",
        (AccountFlag.TestBilling, false) => "The next checkout uses the live Stripe keys again.",
        (AccountFlag.EarlyAccess, true) => "The account can buy credits before billing opens for everyone.",
        (AccountFlag.EarlyAccess, false) => "The account loses early billing access on its next request.",
        (AccountFlag.Suspended, true) => "The account is signed out on its next request and can neither sign in nor generate.",
        (AccountFlag.Suspended, false) => "The account can sign in and generate again.",
        (AccountFlag.Admin, true) => "The account can open every admin page, including this one.",
        _ => "The account loses the admin pages on its next request.",
    };
}
