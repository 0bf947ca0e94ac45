using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.Simulation.Harness;

/// <summary>
/// The bus of every host the simulator starts, decorated by the harness only: the next
/// <see cref="FailNext"/> deliveries fail before any handler runs (an outbox publish that fails; the row is
/// retried with back-off), and with <see cref="CreditTwice"/> a completed purchase is also announced as a
/// second, made-up purchase: the deliberately broken fulfilment the invariants must catch.
/// </summary>
internal sealed class BusFaults
{
    private int _failNext;

    public bool CreditTwice { get; init; }

    public int Failed { get; private set; }

    public void FailNext(int deliveries) => Interlocked.Exchange(ref _failNext, deliveries);

    public void Heal() => Interlocked.Exchange(ref _failNext, 0);

    public void Register(IServiceCollection services) => services.Decorate<IMediator>(inner => new Mediator(this, inner));

    private bool ShouldFail()
    {
        while (true)
        {
            var left = Volatile.Read(ref _failNext);
            if (left <= 0)
                return false;
            if (Interlocked.CompareExchange(ref _failNext, left - 1, left) == left)
            {
                Failed++;
                return true;
            }
        }
    }

    private sealed class Mediator(BusFaults faults, IMediator inner) : IMediator
    {
        public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification
        {
            if (faults.ShouldFail())
                throw new InvalidOperationException($"Publishing {notification.GetType().Name} failed (simulated).");
            await inner.Publish(notification, cancellationToken);
            if (faults.CreditTwice && notification is PurchaseCompleted completed)
                await inner.Publish(completed with { MessageId = Guid.NewGuid(), PurchaseId = Guid.NewGuid() }, cancellationToken);
        }

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) => inner.Send(request, cancellationToken);

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => inner.Send(request, cancellationToken);
    }
}
