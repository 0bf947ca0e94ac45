using MediatR;
using Microsoft.Extensions.DependencyInjection;

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
        await using var scope = scopes.CreateAsyncScope();
        var handler = (INotificationHandler<TNotification>)scope.ServiceProvider.GetRequiredService(handlerType);
        try
        {
            await handler.Handle(notification, cancellationToken);
        }
        catch (Exception ex)
        {
            throw new HandlerFailedException(handlerType.Name, ex);
        }
    }
}
