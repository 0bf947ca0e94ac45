using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// The bus of every host a test starts, except that the first delivery of a <typeparamref name="T"/> is held
/// before any handler sees it until its host stops: a process caught in the middle of delivering a notification.
/// </summary>
internal sealed class HeldDeliveries<T>
    where T : INotification
{
    private int _held;

    /// <summary>Set once a delivery is being held.</summary>
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Register(IServiceCollection services) =>
        services.Decorate<IMediator>((inner, sp) => new Mediator(this, inner, sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));

    private sealed class Mediator(HeldDeliveries<T> owner, IMediator inner, CancellationToken stopping) : IMediator
    {
        public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification
        {
            if (notification is T && Interlocked.Exchange(ref owner._held, 1) == 0)
            {
                owner.Holding.TrySetResult();
                await Task.Delay(Timeout.Infinite, stopping);
            }

            await inner.Publish(notification, cancellationToken);
        }

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => inner.Send(request, cancellationToken);

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => inner.Send(request, cancellationToken);
    }
}
