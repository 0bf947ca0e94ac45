using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.ApiKeys;
using SpriteDX.Modules.Accounts.Features.Bootstrap;
using SpriteDX.Modules.Accounts.Features.Confirmation;
using SpriteDX.Modules.Accounts.Features.DataExports;
using SpriteDX.Modules.Accounts.Features.Deletion;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Accounts.Features.Registration;
using SpriteDX.Modules.Accounts.Features.Sessions;
using SpriteDX.Modules.Accounts.Features.SignIn;
using SpriteDX.Modules.Accounts.Features.TwoFactor;
using SpriteDX.Modules.Accounts.Features.Mailbox;
using SpriteDX.Modules.Accounts.Pages.ApiKeys;

namespace SpriteDX.Modules.Accounts;

/// <summary>Sign-up, sign-in and the account flags every other module relies on.</summary>
public sealed class AccountsModule : IModule
{
    public const int MaxFailedSignIns = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan PasswordResetLinkLifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan ConfirmationLinkLifetime = TimeSpan.FromDays(3);

    /// <summary>Rate-limit policies of the sign-in and sign-up forms (per client address, `Accounts:SignInsPerMinute`, `Accounts:SignUpsPerMinute`).</summary>
    public const string SignInRateLimit = "accounts-sign-in";
    public const string SignUpRateLimit = "accounts-sign-up";
    public const string PasswordResetRateLimit = "accounts-password-reset";

    /// <summary>Names the module's SQLite file and PostgreSQL schema, so the migrations hold it: never change it.</summary>
    public const string ModuleName = "accounts";

    private const string Section = "Accounts";
    private const string RequireTwoFactorKey = $"{AccountsOptions.Section}:RequireTwoFactor";

    public string Name => ModuleName;

    /// <summary>
    /// `Admin` too: `Admin:BootstrapEmails` (CONTRACT.md) says who becomes an admin on sign-up and `Admin:RequireTwoFactor`
    /// whether admins must sign in with a second factor; Accounts is where sign-up, roles and two-factor sign-in live.
    /// The Admin module reads no configuration.
    /// </summary>
    public IReadOnlyList<string> ConfigurationSections { get; } = [Section, AccountsOptions.Section];

    public IEnumerable<string> ConfigurationProblems(IConfiguration configuration) =>
        AccountsOptions.BootstrapEmailList(configuration[$"{AccountsOptions.Section}:BootstrapEmails"])
            .Where(email => !MailAddress.TryCreate(email, out _))
            .Select(email => $"{AccountsOptions.Section}:BootstrapEmails has '{email}', which is not an email address.")
            .Append(ConfigurationChecks.TrueOrFalse(configuration, RequireTwoFactorKey))
            .OfType<string>();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.Section));
        services.AddModuleDbContext<AccountsDbContext>(Name);
        services.AddNotificationHandlersFrom(typeof(AccountsModule).Assembly);

        services.AddIdentity<AccountUser, IdentityRole<Guid>>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
                identity.Password.RequiredLength = 8;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                identity.Tokens.EmailConfirmationTokenProvider = EmailLinkTokenProvider.ProviderName;
                identity.Tokens.ChangeEmailTokenProvider = EmailLinkTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddUserStore<AccountUserStore>() // registered after the EF stores, so it replaces their user store
            .AddSignInManager<AccountSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailLinkTokenProvider>(EmailLinkTokenProvider.ProviderName);
        // A reset link in an inbox is a password for whoever reads it: it lives an hour, and the reset's new security stamp ends it.
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = PasswordResetLinkLifetime);
        services.ConfigureApplicationCookie(cookie =>
        {
            var identityCheck = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                await identityCheck(context);
                await SignedInAccount.ValidateCookieAsync(context);
            };
        });
        // Identity re-reads the account every 30 minutes and rebuilds the cookie's claims: the session id must survive that.
        services.Configure<SecurityStampValidatorOptions>(validator => validator.OnRefreshingPrincipal = refresh =>
        {
            if (refresh.CurrentPrincipal?.FindFirst(AccountSessions.ClaimType) is { } session && refresh.NewPrincipal?.Identity is ClaimsIdentity identity)
                identity.AddClaim(new Claim(AccountSessions.ClaimType, session.Value));
            return Task.CompletedTask;
        });

        // Lockout stops guessing one account's password; these stop one client guessing many, or mass-registering.
        services.AddPerClientRateLimit(SignInRateLimit, configuration.GetValue($"{Section}:SignInsPerMinute", 20));
        services.AddPerClientRateLimit(SignUpRateLimit, configuration.GetValue($"{Section}:SignUpsPerMinute", 10));
        services.AddPerClientRateLimit(PasswordResetRateLimit, configuration.GetValue($"{Section}:PasswordResetsPerMinute", 5));
        services.AddKeyedSingleton(MailPerAddressLimit.PasswordReset,
            new MailPerAddressLimit(configuration.GetValue($"{Section}:PasswordResetsPerAddressPerHour", 3)));
        services.AddKeyedSingleton(MailPerAddressLimit.Confirmation,
            new MailPerAddressLimit(configuration.GetValue($"{Section}:ConfirmationsPerAddressPerHour", 3)));
        services.AddScoped<AccountEmails>();
        services.AddMailQueue<AccountsDbContext>();
        services.AddSingleton(new AdminNavigation(new NavigationLink("Mailbox", "/debug/mail", 70)));
        services.AddAdminTwoFactorRule(configuration.GetValue(RequireTwoFactorKey, true), AccountsLinks.TwoFactorSetup);
        services.AddScoped<SecondFactorCheck>();

        services.AddApiKeys(configuration.GetValue($"{Section}:ApiKeyRequestsPerMinute", 120));
        services.AddDataExports();

        services.AddScoped<IClaimsTransformation, AccountClaimsTransformation>();
        services.AddScoped<AccountSeenRecorder>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<AddressFingerprints>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<SignedInAccount>();
        services.AddScoped<UnknownAccountPasswordCheck>();
        services.AddSingleton<IUserMenuContributor, AccountMenu>();
        services.AddScoped<BootstrapAdminOnFirstRun>();
        services.AddStartupTask<BootstrapAdminOnFirstRun>((bootstrap, _) => bootstrap.RunAsync());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMailboxMessage();
        endpoints.MapDataExportDownload();
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateModuleAsync<AccountsDbContext>(cancellationToken);
        services.ScheduleDataExportSweep();
    }
}
