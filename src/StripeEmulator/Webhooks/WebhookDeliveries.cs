using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Webhooks;

internal sealed record EventDeliveries(StoredEvent Event, IReadOnlyList<DeliveryAttempt> Attempts);

/// <summary>The control side of webhook delivery: pause, resume, resend, and what was sent when.</summary>
internal sealed class WebhookDeliveries(EmulatorStore store, WebhookEndpoint endpoint, DeliverySignal signal, TimeProvider clock)
{
    private const string PausedSetting = "webhooks_paused";

    public Task<bool> IsPausedAsync(CancellationToken ct) => store.ReadAsync(s => s.Setting(PausedSetting) == "true", ct);

    public async Task SetPausedAsync(bool paused, CancellationToken ct)
    {
        await store.WriteAsync(s => { s.SetSetting(PausedSetting, paused ? "true" : "false"); return 0; }, ct);
        signal.Notify();
    }

    /// <summary>Starts a new round of delivery attempts for the event, whatever happened to it before.</summary>
    public async Task ResendAsync(string eventId, CancellationToken ct)
    {
        if (!endpoint.IsConfigured)
            throw StripeApiException.InvalidRequest("No webhook endpoint is configured for the Stripe emulator (Stripe:Emulator:WebhookUrl).");
        await store.WriteAsync(s =>
        {
            if (s.FindEvent(eventId) is null) throw StripeApiException.NoSuch("event", eventId, "id");
            s.UpdateDelivery(eventId, DeliveryState.Pending, 0, clock.GetUtcNow());
            return 0;
        }, ct);
        signal.Notify();
    }

    public Task<IReadOnlyList<EventDeliveries>> ListAsync(int limit, string? type, string? objectId, CancellationToken ct) =>
        store.ReadAsync<IReadOnlyList<EventDeliveries>>(
            s => s.ListEvents(limit, type, objectId).Select(e => new EventDeliveries(e, s.Attempts(e.Id))).ToList(), ct);
}
