using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.Debug;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using SpriteDX.Modules.Payments.Pages.Shared;
using Stripe;

namespace SpriteDX.Modules.Payments.Pages.Debug;

/// <summary>
/// The purchase debug page: how each billing mode reaches Stripe, and buttons that drive the production
/// code paths (checkout, the signed webhook endpoint, fulfilment, the emulator's switches) on demand. What
/// it shows comes from <see cref="PurchaseDebugOverview"/>; each action takes only the service it drives.
/// </summary>
[Authorize(Policy = AdminOrDevelopmentPolicy.Name)]
internal sealed class PurchaseModel(PurchaseDebugOverview overview, CreditPackCatalog catalog) : PageModel
{
    public IReadOnlyList<CreditPack> Packs => catalog.All;

    public IReadOnlyList<SampleEvent> Samples => SampleWebhooks.Samples;

    public PurchaseDebugView View { get; private set; } = null!;

    /// <summary>Only an admin picks the mode of a test purchase; anyone else (in Development) buys in their own.</summary>
    public bool CanChooseMode => User.IsAdmin();

    public WebhookEventTable Events => new(View.Events, CanReplay: false);

    /// <summary>What went wrong with the last action, shown above everything.</summary>
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostStartPurchaseAsync(
        string? packId, string? mode, Guid checkoutKey, [FromServices] CheckoutStarter checkout, CancellationToken ct)
    {
        if (catalog.Find(packId) is null)
            return await ProblemAsync(StatusCodes.Status400BadRequest, $"There is no credit pack '{packId}'. Pick one of: {string.Join(", ", catalog.All.Select(p => p.Id))}.", ct);
        BillingMode? modeOverride = null;
        if (CanChooseMode)
        {
            if (ParseMode(mode) is not { } chosen)
                return await ProblemAsync(StatusCodes.Status400BadRequest, $"'{mode}' is not a billing mode: choose live or test.", ct);
            modeOverride = chosen;
        }

        var appBase = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        var started = await checkout.StartAsync(User.AccountId(), packId, checkoutKey == Guid.Empty ? Guid.NewGuid() : checkoutKey, appBase, modeOverride, saveCard: false, ct);
        switch (started)
        {
            case CheckoutStart.Started s:
                Response.Headers.Location = s.CheckoutUrl;
                return StatusCode(StatusCodes.Status303SeeOther);
            case CheckoutStart.ModeNotConfigured:
                return await ProblemAsync(StatusCodes.Status503ServiceUnavailable, "That mode has no Stripe secret key on this server.", ct);
            case CheckoutStart.StripeUnavailable:
                return await ProblemAsync(StatusCodes.Status502BadGateway, "Stripe refused to create the Checkout Session; the log has its answer.", ct);
            default:
                return await ProblemAsync(StatusCodes.Status400BadRequest, $"Pack '{packId}' cannot be bought with this form; reload the page.", ct);
        }
    }

    public async Task<IActionResult> OnPostSendEventAsync(
        string? mode, string? type, string? objectId, [FromServices] SampleWebhooks samples, CancellationToken ct)
    {
        if (ParseMode(mode) is not { } chosen)
            return await ProblemAsync(StatusCodes.Status400BadRequest, $"'{mode}' is not a billing mode: choose live or test.", ct);
        SampleSend sent;
        try
        {
            sent = await samples.SendAsync(chosen, type, objectId, ct);
        }
        catch (StripeException ex)
        {
            return await ProblemAsync(StatusCodes.Status502BadGateway, $"Stripe could not be asked for {objectId}: {ex.Message}", ct);
        }

        switch (sent)
        {
            case SampleSend.Sent { Status: HttpStatusCode.OK } ok:
                return Done($"Sent {type} as {ok.EventId}; the webhook endpoint accepted it. Its outcome is in the list below.{(ok.Note is null ? "" : " " + ok.Note)}");
            case SampleSend.Sent refused:
                return await ProblemAsync(StatusCodes.Status502BadGateway,
                    $"The webhook endpoint answered {(int)refused.Status} to {refused.EventId}: {refused.Answer}", ct);
            case SampleSend.Refused { Reason: var reason }:
                return await ProblemAsync(StatusCodes.Status400BadRequest, reason, ct);
            default:
                throw new InvalidOperationException($"Unexpected sample outcome {sent.GetType().Name}.");
        }
    }

    public async Task<IActionResult> OnPostForceReconcileAsync(
        string? sessionId, [FromServices] PaymentsDbContext db, [FromServices] PurchaseFulfilment fulfilment, CancellationToken ct)
    {
        sessionId = sessionId?.Trim();
        var purchase = await db.ByCheckoutSessionIdAsync(sessionId, ct);
        if (purchase is null)
            return await ProblemAsync(StatusCodes.Status400BadRequest,
                string.IsNullOrEmpty(sessionId) ? "Give the cs_… id of a Checkout Session." : $"No purchase has Checkout Session {sessionId}.", ct);

        try
        {
            var fulfilled = await fulfilment.FulfilAsync(purchase, ct);
            return fulfilled.IsRejected
                ? await ProblemAsync(StatusCodes.Status409Conflict, $"Stripe's session does not match purchase {purchase.Id}: {fulfilled.Rejection}", ct)
                : Done($"Reconciled {sessionId}: the purchase is {fulfilled.Status.Label().ToLowerInvariant()}.");
        }
        catch (StripeException ex)
        {
            return await ProblemAsync(StatusCodes.Status502BadGateway, $"Stripe could not be asked about {sessionId}: {ex.Message}", ct);
        }
    }

    public Task<IActionResult> OnPostResendEventAsync(string? eventId, [FromServices] EmulatorControl emulator, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(eventId)
            ? ProblemAsync(StatusCodes.Status400BadRequest, "Give the evt_… id of an event the emulator sent.", ct)
            : OnEmulatorAsync(emulator, () => emulator.ResendAsync(eventId.Trim(), ct), ct);

    /// <summary>Refunds a payment on the emulator, as Stripe's dashboard would; a cs_… id stands for the charge that paid it.</summary>
    public Task<IActionResult> OnPostRefundPaymentAsync(
        string? objectId, [FromServices] EmulatorControl emulator, [FromServices] StripeObjectLookup lookup, CancellationToken ct) =>
        OnEmulatorObjectAsync(emulator, objectId, ["ch_", "py_"],
            "To refund, give the cs_… id of a paid Checkout Session (the purchases below list them), or the ch_… id of its charge.",
            (mode, session) => lookup.ChargeAsync(mode, session, "A refund", ct), id => emulator.RefundAsync(id, ct), ct);

    /// <summary>Makes a refund fail on the emulator, as a closed card does days later; a cs_… id stands for its payment's latest refund.</summary>
    public Task<IActionResult> OnPostFailRefundAsync(
        string? objectId, [FromServices] EmulatorControl emulator, [FromServices] StripeObjectLookup lookup, CancellationToken ct) =>
        OnEmulatorObjectAsync(emulator, objectId, ["re_"],
            "To fail a refund, give its re_… id, or the cs_… id of the Checkout Session whose latest refund should fail.",
            (mode, session) => lookup.RefundAsync(mode, session, "Failing a refund", ct), id => emulator.FailRefundAsync(id, ct), ct);

    public Task<IActionResult> OnPostPauseDeliveriesAsync([FromServices] EmulatorControl emulator, CancellationToken ct) =>
        OnEmulatorAsync(emulator, () => emulator.PauseAsync(ct), ct);

    public Task<IActionResult> OnPostResumeDeliveriesAsync([FromServices] EmulatorControl emulator, CancellationToken ct) =>
        OnEmulatorAsync(emulator, () => emulator.ResumeAsync(ct), ct);

    /// <summary>
    /// An emulator action on the object an id names: one of <paramref name="direct"/> goes to the emulator as given, and a
    /// cs_… id (its prefix says its mode) stands for the object <paramref name="ofSession"/> finds at Stripe.
    /// </summary>
    private Task<IActionResult> OnEmulatorObjectAsync<T>(
        EmulatorControl emulator, string? objectId, string[] direct, string help, Func<BillingMode, string, Task<Found<T>>> ofSession,
        Func<string, Task<EmulatorAnswer>> act, CancellationToken ct) where T : class, IHasId =>
        OnEmulatorAsync(emulator, async () =>
        {
            var id = objectId?.Trim() ?? "";
            if (direct.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)))
                return await act(id);
            if (!id.StartsWith("cs_", StringComparison.Ordinal))
                return new EmulatorAnswer(false, help);
            var found = await ofSession(StripeObjectLookup.ModeOfSession(id), id);
            return found.Object is { } named ? await act(named.Id) : new EmulatorAnswer(false, found.Refusal!);
        }, ct);

    private async Task<IActionResult> OnEmulatorAsync(EmulatorControl emulator, Func<Task<EmulatorAnswer>> action, CancellationToken ct)
    {
        if (await emulator.StatusAsync(ct) is null)
            return await ProblemAsync(StatusCodes.Status409Conflict, "That works only on the Stripe emulator, and this server talks to Stripe.", ct);
        EmulatorAnswer answer;
        try
        {
            answer = await action();
        }
        catch (StripeException ex)
        {
            return await ProblemAsync(ex.HttpStatusCode == HttpStatusCode.NotFound ? StatusCodes.Status400BadRequest : StatusCodes.Status502BadGateway,
                $"Stripe could not be asked: {ex.StripeError?.Message ?? ex.Message}", ct);
        }

        return answer.Succeeded ? Done(answer.Message) : await ProblemAsync(StatusCodes.Status400BadRequest, answer.Message, ct);
    }

    private RedirectToPageResult Done(string message)
    {
        TempData.Toast(message);
        return RedirectToPage();
    }

    private async Task<IActionResult> ProblemAsync(int status, string problem, CancellationToken ct)
    {
        Response.StatusCode = status;
        Problem = problem;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => View = await overview.LoadAsync(User, ct);

    private static BillingMode? ParseMode(string? mode) => mode switch
    {
        "live" => BillingMode.Live,
        "test" => BillingMode.Test,
        _ => null,
    };
}
