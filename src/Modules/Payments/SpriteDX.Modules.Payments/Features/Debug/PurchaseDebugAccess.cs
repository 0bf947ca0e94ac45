using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Payments.Features.Debug;

/// <summary>
/// Who may open the purchase debug page: admins, and in the Development environment any signed-in person,
/// so a developer can try purchases without first making themselves an admin.
/// </summary>
internal static class PurchaseDebugAccess
{
    public const string Policy = "PurchaseDebug";

    public static IServiceCollection AddPurchaseDebugPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminOrDevelopment()));
        services.AddSingleton<IAuthorizationHandler, AdminOrDevelopmentHandler>();
        return services;
    }

    private sealed class AdminOrDevelopment : IAuthorizationRequirement;

    private sealed class AdminOrDevelopmentHandler(IHostEnvironment environment) : AuthorizationHandler<AdminOrDevelopment>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminOrDevelopment requirement)
        {
            if (context.User.IsAdmin() || environment.IsDevelopment())
                context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }
}
