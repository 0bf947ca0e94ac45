using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// `Admin:RequireTwoFactor`: an admin whose account has no two-factor sign-in gets nothing under `/admin` or `/debug`
/// (pages, endpoints and the Hangfire dashboard alike) until it is set up; they are sent to the set-up page, which
/// brings them back afterwards. It is one rule on the path, run before any policy, so no page can forget it and a
/// stolen password alone never reaches the pages that move money. Non-admins are left to the policies (in
/// Development they may open `/debug/*`).
/// </summary>
public sealed class AdminTwoFactorRule(bool required, string setupPath)
{
    private static readonly PathString[] GuardedAreas = ["/admin", "/debug"];

    public bool Required => required;

    public bool Blocks(HttpContext context) =>
        required && context.User.IsAdmin() && !context.User.HasTwoFactor()
        && GuardedAreas.Any(area => context.Request.Path.StartsWithSegments(area));

    public string SetupUrl(HttpContext context) =>
        QueryHelpers.AddQueryString(setupPath, "returnUrl", context.Request.PathBase + context.Request.Path + context.Request.QueryString);
}

public static class AdminTwoFactorRuleExtensions
{
    /// <summary>Registered by the module that owns two-factor sign-in and its setting.</summary>
    public static IServiceCollection AddAdminTwoFactorRule(this IServiceCollection services, bool required, string setupPath) =>
        services.AddSingleton(new AdminTwoFactorRule(required, setupPath));

    /// <summary>Between authentication (which reads the account's flags) and authorization.</summary>
    public static IApplicationBuilder UseAdminTwoFactorRule(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var rule = context.RequestServices.GetRequiredService<AdminTwoFactorRule>();
            if (!rule.Blocks(context))
                return next(context);
            context.Response.Redirect(rule.SetupUrl(context));
            return Task.CompletedTask;
        });
}
