using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Webhooks;

/// <summary>
/// Delivers recorded events to the webhook endpoint, signed as Stripe signs them, retrying with a doubling
/// delay while the endpoint fails; also expires Checkout Sessions when their time is up.
/// </summary>
internal sealed class WebhookDispatcher(
    EmulatorStore store,
    WebhookDeliveries deliveries,
    CheckoutSessions sessions,
    WebhookEndpoint endpoint,
    DeliverySignal signal,
    IHttpClientFactory httpClients,
    IOptions<StripeEmulatorOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // An attempt cut short by a stop left its event claimed; hand it back to the queue.
        await store.WriteAsync(s => { s.ReleaseClaimedDeliveries(clock.GetUtcNow()); return 0; }, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.NextAsync();
            DateTimeOffset? next;
            try
            {
                await sessions.ExpireDueAsync(stoppingToken);
                next = Earliest(await StartDueDeliveriesAsync(stoppingToken), await sessions.NextExpiryAsync(stoppingToken));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Stripe emulator: the webhook dispatcher failed; trying again shortly");
                next = clock.GetUtcNow() + TimeSpan.FromSeconds(1);
            }

            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = next is { } at ? at - clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
            if (delay != Timeout.InfiniteTimeSpan && delay < TimeSpan.Zero) delay = TimeSpan.Zero;
            var timer = delay == Timeout.InfiniteTimeSpan
                ? Task.Delay(Timeout.Infinite, sleep.Token)
                : Task.Delay(delay, clock, sleep.Token);
            await Task.WhenAny(woken, timer);
            await sleep.CancelAsync();
        }
        await Task.WhenAll(_inFlight.Values);
    }

    private async Task<DateTimeOffset?> StartDueDeliveriesAsync(CancellationToken ct)
    {
        if (await deliveries.IsPausedAsync(ct)) return null;
        var now = clock.GetUtcNow();
        var due = await store.WriteAsync(s =>
        {
            var events = s.DueEvents(now);
            foreach (var e in events) s.ClaimDelivery(e.Id);
            return events;
        }, ct);
        foreach (var e in due)
        {
            var key = Guid.NewGuid();
            _inFlight[key] = Task.Run(async () =>
            {
                try
                {
                    await DeliverAsync(e, ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    logger.LogError(ex, "Stripe emulator: delivering {EventId} failed unexpectedly", e.Id);
                }
                finally
                {
                    _inFlight.TryRemove(key, out _);
                    signal.Notify();
                }
            }, CancellationToken.None);
        }
        return await store.ReadAsync(s => s.NextDueAttempt(), ct);
    }

    private async Task DeliverAsync(StoredEvent e, CancellationToken ct)
    {
        var url = endpoint.Resolve();
        if (url is null)
        {
            await store.WriteAsync(s => { s.UpdateDelivery(e.Id, DeliveryState.None, 0, null); return 0; }, ct);
            return;
        }

        var settings = options.Value;
        var startedAt = clock.GetUtcNow();
        int status;
        string? error = null;
        using (var timeout = new CancellationTokenSource(settings.DeliveryTimeout, clock))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                // The exact stored bytes: the receiver's signature check covers every one of them.
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(e.Body));
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.TryAddWithoutValidation("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
                request.Headers.TryAddWithoutValidation("Stripe-Signature",
                    WebhookSignature.Header(e.Body, settings.WebhookSecretFor(e.Livemode), startedAt.ToUnixTimeSeconds()));
                using var response = await httpClients.CreateClient(StripeEmulatorDefaults.WebhookHttpClientName)
                    .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                status = (int)response.StatusCode;
                if (status is < 200 or > 299) error = $"HTTP {status}";
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                status = 0;
                error = $"timed out after {settings.DeliveryTimeout.TotalSeconds:0.###} s";
            }
            catch (HttpRequestException ex)
            {
                status = 0;
                error = ex.Message;
            }
        }

        var succeeded = status is >= 200 and <= 299;
        var attempts = e.AttemptsInRound + 1;
        var now = clock.GetUtcNow();
        var (state, next) = succeeded ? (DeliveryState.Succeeded, (DateTimeOffset?)null)
            : attempts >= settings.MaxDeliveryAttempts ? (DeliveryState.Failed, null)
            : (DeliveryState.Pending, now + RetryDelay(attempts, settings));
        await store.WriteAsync(s =>
        {
            s.AddAttempt(new DeliveryAttempt(e.Id, startedAt, status, error));
            // A resend while this attempt was on the wire started a new round: leave that one alone.
            if (s.IsClaimed(e.Id)) s.UpdateDelivery(e.Id, state, attempts, next);
            return 0;
        }, CancellationToken.None);

        if (succeeded)
            logger.LogDebug("Stripe emulator: delivered {EventId} ({Type}) to {Url}: {Status}", e.Id, e.Type, url, status);
        else if (state == DeliveryState.Failed)
            logger.LogWarning("Stripe emulator: gave up delivering {EventId} ({Type}) to {Url} after {Attempts} attempts: {Error}", e.Id, e.Type, url, attempts, error);
        else
            logger.LogInformation("Stripe emulator: delivering {EventId} ({Type}) to {Url} failed ({Error}); retrying at {Next:O}", e.Id, e.Type, url, error, next);
    }

    internal static TimeSpan RetryDelay(int failedAttempts, StripeEmulatorOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.FirstRetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
