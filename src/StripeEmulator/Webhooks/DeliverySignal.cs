namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>Wakes the webhook dispatcher when something changed (an event recorded, deliveries resumed).</summary>
internal sealed class DeliverySignal
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>A task completed by the next <see cref="Notify"/> after this call.</summary>
    public Task NextAsync()
    {
        var current = Volatile.Read(ref _wake);
        if (current.Task.IsCompleted)
            Interlocked.CompareExchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        return Volatile.Read(ref _wake).Task;
    }
}
