using System.Collections.Concurrent;
using System.Reflection;
using MediatR;

namespace SpriteDX.BuildingBlocks.Events;

/// <summary>Which concrete handler types react to which notification type, found once at start-up.</summary>
internal sealed class NotificationHandlerRegistry
{
    private readonly List<Type> _handlerTypes = [];
    private readonly ConcurrentDictionary<Type, Type[]> _byNotification = new();

    public void AddFrom(Assembly assembly)
    {
        _handlerTypes.AddRange(assembly.GetTypes().Where(IsConcreteHandler));
        _byNotification.Clear();
    }

    public IReadOnlyList<Type> HandlerTypes => _handlerTypes;

    public Type[] HandlersOf(Type notificationType) =>
        _byNotification.GetOrAdd(notificationType, n => _handlerTypes
            .Where(h => h.GetInterfaces().Any(i => IsHandlerInterface(i) && i.GetGenericArguments()[0].IsAssignableFrom(n)))
            .OrderBy(h => h.FullName, StringComparer.Ordinal)
            .ToArray());

    private static bool IsConcreteHandler(Type type) =>
        type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
        && type.GetInterfaces().Any(IsHandlerInterface)
        && type.Assembly != typeof(NotificationHandlerRegistry).Assembly;

    private static bool IsHandlerInterface(Type i) =>
        i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>);
}
