namespace SpriteDX.Modules.Accounts.Contracts;

/// <summary>Accounts' pages that the layout and other modules link to; the routes are Accounts' to change.</summary>
public static class AccountsLinks
{
    public const string LogIn = "/Identity/Account/Login";
    public const string SignUp = "/Identity/Account/Register";
    public const string LogOut = "/Identity/Account/Logout";
    public const string AccessDenied = "/Identity/Account/AccessDenied";
    public const string Account = "/Identity/Account/Manage";
    public const string ConfirmEmail = "/Identity/Account/ConfirmEmail";
    public const string ApiKeys = "/account/api-keys";
    public const string TwoFactor = "/Identity/Account/Manage/TwoFactorAuthentication";
    public const string TwoFactorSetup = "/Identity/Account/Manage/EnableAuthenticator";
}
