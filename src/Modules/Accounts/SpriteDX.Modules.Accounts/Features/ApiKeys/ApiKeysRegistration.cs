using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Pages.ApiKeys;

namespace SpriteDX.Modules.Accounts.Features.ApiKeys;

internal static class ApiKeysRegistration
{
    /// <summary>Picks, per request, between a person's cookie and a script's key.</summary>
    private const string CookieOrApiKeyScheme = "CookieOrApiKey";

    public static IServiceCollection AddApiKeys(this IServiceCollection services, int requestsPerKeyPerMinute)
    {
        services.AddScoped<ApiKeyManager>();
        services.AddSingleton<IUserMenuContributor, ApiKeysMenu>();
        services.AddPageSection<AccountApiKeysViewComponent>(PageSlots.AdminAccount, order: 10);
        services.AddPerApiKeyRateLimit(requestsPerKeyPerMinute);

        // A call that carries a key is judged by the key alone, even with a cookie for another account beside it
        // (README: "the key wins"); everything else is Identity's cookie, as before.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SpriteDxClaims.ApiKeyScheme, null)
            .AddPolicyScheme(CookieOrApiKeyScheme, null, policy => policy.ForwardDefaultSelector = context =>
                ApiKeyRequests.CarriesApiKey(context.Request) ? SpriteDxClaims.ApiKeyScheme : IdentityConstants.ApplicationScheme);
        // Configured after AddIdentity's defaults, so these win; signing in still goes through Identity's schemes.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = CookieOrApiKeyScheme;
            options.DefaultAuthenticateScheme = CookieOrApiKeyScheme;
            options.DefaultChallengeScheme = CookieOrApiKeyScheme;
            options.DefaultForbidScheme = CookieOrApiKeyScheme;
        });
        return services;
    }

    private sealed class ApiKeysMenu : IUserMenuContributor
    {
        public IEnumerable<NavigationLink> LinksFor(HttpContext context) => [new NavigationLink("API keys", AccountsLinks.ApiKeys, 40)];
    }
}
