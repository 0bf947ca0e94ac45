namespace SpriteDX.Modules.Admin.Contracts;

/// <summary>Admin's pages that other modules link to; the routes are Admin's to change.</summary>
public static class AdminLinks
{
    public const string Accounts = "/admin/accounts";

    public static string Account(Guid accountId) => $"/admin/accounts/{accountId}";
}
