using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.Modules.Payments.Features.Debug;

/// <summary>Whether the emulator holds its webhook deliveries back, and where it sends them.</summary>
internal sealed record EmulatorStatus(bool Paused, string? WebhookUrl);

/// <summary>What the emulator answered to a control call, in words for the debug page.</summary>
internal sealed record EmulatorAnswer(bool Succeeded, string Message);

/// <summary>
/// The Stripe emulator's control API (`{ApiBase}/_emulator/…`): it exists only on the emulator, so whether
/// it answers is also how the debug page tells the emulator from Stripe behind a custom API base.
/// </summary>
internal sealed class EmulatorControl(StripeClients stripe, IHttpClientFactory http)
{
    public const string HttpClientName = "SpriteDX.Payments.StripeEmulatorControl";

    /// <summary>Null when the app talks to Stripe itself, or its API base does not answer as the emulator.</summary>
    public async Task<EmulatorStatus?> StatusAsync(CancellationToken ct)
    {
        if (ControlBase() is not { } control)
            return null;
        try
        {
            var status = await http.CreateClient(HttpClientName).GetFromJsonAsync<JsonObject>($"{control}/webhooks", ct);
            return status?["paused"] is JsonValue paused && paused.TryGetValue<bool>(out var isPaused)
                ? new EmulatorStatus(isPaused, (string?)status["url"])
                : null;
        }
        catch (Exception ex) when ((ex is HttpRequestException or JsonException or TaskCanceledException) && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    public Task<EmulatorAnswer> PauseAsync(CancellationToken ct) => PostAsync("webhooks/pause", "Webhook deliveries are paused; events queue until you resume.", ct);

    public Task<EmulatorAnswer> ResumeAsync(CancellationToken ct) => PostAsync("webhooks/resume", "Webhook deliveries resumed; queued events are on their way.", ct);

    public Task<EmulatorAnswer> ResendAsync(string eventId, CancellationToken ct) =>
        PostAsync($"events/{Uri.EscapeDataString(eventId)}/resend", $"The emulator delivers {eventId} again.", ct);

    /// <summary>The dashboard's refund of the whole charge: Stripe sends refund.created and charge.refunded.</summary>
    public Task<EmulatorAnswer> RefundAsync(string chargeId, CancellationToken ct) =>
        PostAsync($"charges/{Uri.EscapeDataString(chargeId)}/refund",
            charge => $"Refunded {chargeId} ({(string?)charge?["refunds"]?["data"]?[0]?["id"]}); the emulator sends refund.created and charge.refunded.", ct);

    /// <summary>The refund's money comes back: Stripe sends refund.failed, refund.updated and charge.refund.updated.</summary>
    public Task<EmulatorAnswer> FailRefundAsync(string refundId, CancellationToken ct) =>
        PostAsync($"refunds/{Uri.EscapeDataString(refundId)}/fail",
            _ => $"Refund {refundId} failed; the emulator sends refund.failed, refund.updated and charge.refund.updated.", ct);

    private Task<EmulatorAnswer> PostAsync(string path, string done, CancellationToken ct) => PostAsync(path, _ => done, ct);

    private async Task<EmulatorAnswer> PostAsync(string path, Func<JsonObject?, string> done, CancellationToken ct)
    {
        using var response = await http.CreateClient(HttpClientName).PostAsync($"{ControlBase()}/{path}", content: null, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
            return new EmulatorAnswer(true, done(Parse(body)?.AsObject()));
        return new EmulatorAnswer(false, $"The emulator refused ({(int)response.StatusCode}): {StripeErrorMessage(body) ?? body}");
    }

    private string? ControlBase() => stripe.ApiBase() is { } apiBase ? apiBase + "/_emulator" : null;

    private static string? StripeErrorMessage(string body) => (string?)Parse(body)?["error"]?["message"];

    private static JsonNode? Parse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
