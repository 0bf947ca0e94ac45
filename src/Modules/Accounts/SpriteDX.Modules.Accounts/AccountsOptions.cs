namespace SpriteDX.Modules.Accounts;

/// <summary>`Admin:BootstrapEmails`: comma-separated emails that become admins when they register.</summary>
internal sealed class AccountsOptions
{
    public string BootstrapEmails { get; set; } = "";

    public bool IsBootstrapAdmin(string email) =>
        BootstrapEmails.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);
}
