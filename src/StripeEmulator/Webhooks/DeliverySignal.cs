namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>Wakes the webhook dispatcher when something changed (an event recorded, deliveries resumed).</summary>
internal sealed class DeliverySignal
{
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref wake).TrySetResult();

    /// <summary>A task completed by the next <see cref="Notify"/> after this call.</summary>
    public Task NextAsync()
    {
        var current = Volatile.Read(ref wake);
        if (current.Task.IsCompleted)
            Interlocked.CompareExchange(ref wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        return Volatile.Read(ref wake).Task;
    }
}
