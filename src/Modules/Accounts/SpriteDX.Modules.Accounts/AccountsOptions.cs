namespace SpriteDX.Modules.Accounts;

/// <summary>`Admin:BootstrapEmails`: comma-separated emails that become admins when they register.</summary>
internal sealed class AccountsOptions
{
    public const string Section = "Admin";

    public string BootstrapEmails { get; set; } = "";

    public bool IsBootstrapAdmin(string email) => BootstrapEmailList(BootstrapEmails).Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> BootstrapEmailList(string? configured) =>
        (configured ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
