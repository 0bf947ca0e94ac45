using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>Adds interceptors to every module's DbContext, as a harness does: each module's context type is known from its registration.</summary>
internal static class ModuleContexts
{
    private static readonly System.Reflection.MethodInfo ConfigureDbContext = typeof(EntityFrameworkServiceCollectionExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkServiceCollectionExtensions.ConfigureDbContext)
                     && m.GetParameters()[1].ParameterType == typeof(Action<IServiceProvider, DbContextOptionsBuilder>));

    public static void AddInterceptors(IServiceCollection services, Func<string, IInterceptor[]> interceptorsOf)
    {
        foreach (var module in services.Where(d => d.ServiceType == typeof(ModuleDatabase)).Select(d => (ModuleDatabase)d.ImplementationInstance!).ToList())
        {
            var interceptors = interceptorsOf(module.Module);
            Action<IServiceProvider, DbContextOptionsBuilder> add = (_, options) => options.AddInterceptors(interceptors);
            ConfigureDbContext.MakeGenericMethod(module.ContextType).Invoke(null, [services, add, ServiceLifetime.Scoped]);
        }
    }
}
