using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Features.Bootstrap;

/// <summary>
/// On the very first run (no accounts at all) a person needs a way into the admin pages. With
/// `Admin:BootstrapEmails` set, registering with one of them is that way; otherwise an admin is
/// created with a one-off password, printed once and written beside the databases.
/// Runs as the host starts, after every module's database is migrated, because the new account's
/// notification reaches the other modules at once.
/// </summary>
internal sealed class BootstrapAdminOnFirstRun(
    UserManager<AccountUser> users,
    IOptions<AccountsOptions> options,
    IOptions<DatabaseOptions> database,
    TimeProvider clock,
    ILogger<BootstrapAdminOnFirstRun> logger)
{
    public const string DefaultAdminEmail = "admin@spritedx.local";
    public const string CredentialsFile = "bootstrap-admin.txt";

    public async Task RunAsync()
    {
        if (users.Users.Any())
            return;

        var configured = options.Value.BootstrapEmails;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            logger.LogWarning("First run: register with {Emails} (Admin:BootstrapEmails) to sign in as an admin.", configured);
            return;
        }

        var password = GeneratePassword();
        var admin = AccountUser.Open(DefaultAdminEmail, clock.GetUtcNow(), isBootstrapAdmin: true);
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            logger.LogError("Could not create the bootstrap admin: {Errors}", string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }

        var file = Path.Combine(database.Value.DataDirectory, CredentialsFile);
        await File.WriteAllTextAsync(file, $"email: {DefaultAdminEmail}{Environment.NewLine}password: {password}{Environment.NewLine}");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        logger.LogWarning(
            "First run: sign in as the bootstrap admin with email {Email} and password {Password} (also saved in {File}). Change it or set Admin__BootstrapEmails.",
            DefaultAdminEmail, password, file);
    }

    private static string GeneratePassword() =>
        "sdx-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9));
}
