using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.BuildingBlocks.Telemetry;

namespace SpriteDX.BuildingBlocks.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>The mediator, the outbox sweep and the clock; call once from the Host.</summary>
    public static IServiceCollection AddEventBus(this IServiceCollection services, Action<EventBusOptions>? configure = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EventBusOptions>().BindConfiguration(EventBusOptions.Section);
        if (configure is not null)
            services.Configure(configure);

        services.TryAddSingleton(HandlerRegistry(services));
        services.TryAddScoped<ServiceFactory>(sp => serviceType => ResolveForMediator(sp, serviceType));
        services.TryAddScoped<IMediator, FailureIsolatingMediator>();
        services.AddHostedService<OutboxSweeper>();
        services.AddMetrics(); // the meter factory every module's metrics come from (a web host has it; a bare container, such as the bench's, not)
        services.TryAddSingleton<PlatformMetrics>();
        return services;
    }

    /// <summary>Registers every notification handler a module's assembly declares, each resolved in its own scope.</summary>
    public static IServiceCollection AddNotificationHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        HandlerRegistry(services).AddFrom(assembly);
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());
        return services;
    }

    private static NotificationHandlerRegistry HandlerRegistry(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(NotificationHandlerRegistry))?.ImplementationInstance;
        if (existing is NotificationHandlerRegistry registry)
            return registry;
        registry = new NotificationHandlerRegistry();
        services.AddSingleton(registry);
        return registry;
    }

    private static object? ResolveForMediator(IServiceProvider provider, Type serviceType)
    {
        if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = serviceType.GetGenericArguments()[0];
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
                return IsolatedHandlers(provider, element.GetGenericArguments()[0]);
        }

        return provider.GetService(serviceType);
    }

    private static Array IsolatedHandlers(IServiceProvider provider, Type notificationType)
    {
        var scopes = provider.GetRequiredService<IServiceScopeFactory>();
        var handlerTypes = provider.GetRequiredService<NotificationHandlerRegistry>().HandlersOf(notificationType);
        var isolatedType = typeof(IsolatedNotificationHandler<>).MakeGenericType(notificationType);
        var handlers = Array.CreateInstance(typeof(INotificationHandler<>).MakeGenericType(notificationType), handlerTypes.Length);
        for (var i = 0; i < handlerTypes.Length; i++)
            handlers.SetValue(Activator.CreateInstance(isolatedType, scopes, handlerTypes[i]), i);
        return handlers;
    }
}
