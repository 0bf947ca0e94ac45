using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Telemetry;

namespace SpriteDX.BuildingBlocks.Events;

/// <summary>
/// Runs one handler in its own DI scope, so two handlers of one module never share a DbContext:
/// a handler that fails half-way cannot leave tracked changes for its neighbour to save.
/// </summary>
internal sealed class IsolatedNotificationHandler<TNotification>(IServiceScopeFactory scopes, Type handlerType)
    : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public async Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        // The name is built only when someone listens: this runs for every handler of every notification.
        using var activity = SpriteDxTelemetry.EventBus.HasListeners()
            ? SpriteDxTelemetry.EventBus.StartActivity($"{typeof(TNotification).Name} → {handlerType.Name}")?.SetTag("spritedx.module", SpriteDxTelemetry.ModuleOf(handlerType))
            : null;
        await using var scope = scopes.CreateAsyncScope();
        var handler = (INotificationHandler<TNotification>)scope.ServiceProvider.GetRequiredService(handlerType);
        try
        {
            await handler.Handle(notification, cancellationToken);
        }
        catch (Exception ex)
        {
            // The exception's type only: its message may quote user data, and traces leave the machine.
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw new HandlerFailedException(handlerType.Name, ex);
        }
    }
}
