using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// Who may open a `/debug/*` page: admins, and in the Development environment any signed-in person, so a developer
/// can try a flow without first making themselves an admin.
/// </summary>
public static class AdminOrDevelopmentPolicy
{
    public const string Name = "AdminOrDevelopment";

    public static IServiceCollection AddAdminOrDevelopmentPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminOrDevelopment()));
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
