using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Bootstrap;
using SpriteDX.Modules.Accounts.Features.SignIn;

namespace SpriteDX.Modules.Accounts;

/// <summary>Sign-up, sign-in and the account flags every other module relies on.</summary>
public sealed class AccountsModule : IModule
{
    public const int MaxFailedSignIns = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Rate-limit policies of the sign-in and sign-up forms (per client address, `Accounts:SignInsPerMinute`, `Accounts:SignUpsPerMinute`).</summary>
    public const string SignInRateLimit = "accounts-sign-in";
    public const string SignUpRateLimit = "accounts-sign-up";

    public string Name => "accounts";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection("Admin"));
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
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();

        // Lockout stops guessing one account's password; these stop one client guessing many, or mass-registering.
        services.AddPerClientRateLimit(SignInRateLimit, configuration.GetValue("Accounts:SignInsPerMinute", 20));
        services.AddPerClientRateLimit(SignUpRateLimit, configuration.GetValue("Accounts:SignUpsPerMinute", 10));

        services.AddScoped<IClaimsTransformation, AccountClaimsTransformation>();
        services.AddScoped<AccountSeenRecorder>();
        services.AddScoped<BootstrapAdminOnFirstRun>();
        services.AddStartupTask<BootstrapAdminOnFirstRun>((bootstrap, _) => bootstrap.RunAsync());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateModuleAsync<AccountsDbContext>(cancellationToken);
}
