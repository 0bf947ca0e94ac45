using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Webhooks.Admin;
using SpriteDX.Modules.Payments.Pages.Shared;

namespace SpriteDX.Modules.Payments.Pages.Admin;

/// <summary>Every Stripe event the webhook received, what became of it, and a replay for the ones that need another go.</summary>
[Authorize(Policy = SpriteDxClaims.AdminPolicy)]
internal sealed class WebhooksModel(WebhookEventLog log, WebhookReplay replay) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    public WebhookEventTable Table { get; private set; } = null!;

    public string? OlderThan { get; private set; }

    public IReadOnlyList<string> Types { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrEmpty(StatusFilter) || !string.IsNullOrEmpty(TypeFilter);

    /// <summary>This list with the current filter, from its newest event or older than a cursor.</summary>
    public string ListUrl(string? before = null) => QueryHelpers.AddQueryString("/admin/webhooks", new Dictionary<string, string?>
    {
        ["status"] = StatusFilter, ["type"] = TypeFilter, ["before"] = before,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>The filter options: every status, and "delivered more than once".</summary>
    public static IReadOnlyList<(string Code, string Label)> Statuses { get; } =
        [.. Enum.GetValues<WebhookEventStatus>().Select(s => (s.Code(), s.Label())), (DuplicateCode, "Duplicate deliveries")];

    private const string DuplicateCode = "duplicate";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new WebhookEventFilter(
            WebhookEventStatuses.FromCode(StatusFilter), StatusFilter == DuplicateCode, string.IsNullOrWhiteSpace(TypeFilter) ? null : TypeFilter);
        var page = await log.PageAsync(filter, Before, PageSize, ct);
        Table = new WebhookEventTable(page.Rows, CanReplay: true, ReturnQuery: Request.QueryString.Value ?? "");
        OlderThan = page.OlderThan;
        Types = await log.TypesAsync(ct);
    }

    public async Task<IActionResult> OnPostReplayAsync(string? eventId, string? returnQuery, CancellationToken ct)
    {
        var replayed = string.IsNullOrWhiteSpace(eventId) ? null : await replay.ReplayAsync(eventId, User.AccountId(), User.Identity?.Name ?? "", ct);
        switch (replayed?.Status)
        {
            case null:
                TempData.Toast($"No webhook event {eventId} was received; nothing was replayed.", ToastKind.Error);
                break;
            case WebhookEventStatus.Pending:
                TempData.Toast($"Replay of {eventId} is queued and still running; refresh in a moment.", ToastKind.Info);
                break;
            case WebhookEventStatus.Failed:
                TempData.Toast($"Replayed {eventId}: it failed again ({replayed.LastError}). It is retried with back-off.", ToastKind.Error);
                break;
            case var status:
                TempData.Toast($"Replayed {eventId}: {status.Value.Label().ToLowerInvariant()}, {replayed.OutcomeDetail}.");
                break;
        }

        // Back to the list as it was filtered; only a query string of this page is accepted.
        var query = returnQuery is { Length: > 1 } q && q.StartsWith('?') && !q.Contains('#') ? q : "";
        return LocalRedirect("/admin/webhooks" + query);
    }
}
