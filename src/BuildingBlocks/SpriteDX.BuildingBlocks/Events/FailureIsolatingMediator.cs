using MediatR;
using Microsoft.Extensions.Logging;

namespace SpriteDX.BuildingBlocks.Events;

/// <summary>
/// MediatR's default publish stops at the first handler that throws, so one module's failure would
/// starve the others. This one runs every handler, logs each failure and reports them all at the end.
/// </summary>
internal sealed class FailureIsolatingMediator(ServiceFactory serviceFactory, ILogger<FailureIsolatingMediator> logger)
    : Mediator(serviceFactory)
{
    // MediatR 5 hands over a lazy sequence: each handler starts only when enumerated, so they run one by one.
    protected override async Task PublishCore(IEnumerable<Task> allHandlers)
    {
        List<HandlerFailure>? failures = null;
        foreach (var handling in allHandlers)
        {
            try
            {
                await handling;
            }
            catch (Exception ex)
            {
                var failure = ex is HandlerFailedException named
                    ? new HandlerFailure(named.Handler, named.InnerException!)
                    : new HandlerFailure("unknown handler", ex);
                logger.LogError(failure.Exception, "Notification handler {Handler} failed", failure.Handler);
                (failures ??= []).Add(failure);
            }
        }

        if (failures is not null)
            throw new NotificationDeliveryException(failures);
    }
}
