using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>"Your data": what the archive holds, "Prepare my data", and where the newest export stands.</summary>
[Authorize]
internal sealed class DataModel(DataExportRequests exports, TimeProvider clock) : PageModel
{
    public DataExport? Latest { get; private set; }

    /// <summary>`none`, `preparing`, `ready`, `expired` or `failed`: what the page shows, and what its script waits to change.</summary>
    public string State { get; private set; } = "";

    /// <summary>When a new archive may be prepared, while the last one is too recent; null when it may be now.</summary>
    public DateTimeOffset? NextAllowedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    /// <summary>The state alone, for the page's script to reload once preparing is over.</summary>
    public async Task<IActionResult> OnGetStateAsync(CancellationToken ct)
    {
        await ShowAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { state = State });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        switch (await exports.RequestAsync(User.AccountId(), ct))
        {
            case RequestDecision.Allowed:
                TempData.Toast("We are preparing your data. This page shows the download when it is ready.");
                return RedirectToPage();
            case RequestDecision.AlreadyPreparing:
                ModelState.AddModelError(string.Empty, "Your data is already being prepared. This page shows the download as soon as it is ready.");
                break;
            case RequestDecision.TooSoon(var allowedFrom):
                ModelState.AddModelError(string.Empty,
                    $"You prepared an archive a moment ago. You can prepare a new one from {allowedFrom.UtcDateTime:HH:mm} UTC; the one below is still yours to download.");
                break;
            case RequestDecision.AccountGone:
                return Redirect("/"); // the deletion signed this session out: the home page greets a visitor
            default:
                throw new UnreachableException();
        }

        await ShowAsync(ct);
        return Page();
    }

    /// <summary>"2.4 MB": a size a person reads at a glance.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    private async Task ShowAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Latest = await exports.LatestAsync(User.AccountId(), ct);
        NextAllowedAt = DataExport.Decide(Latest, now) is RequestDecision.TooSoon(var allowedFrom) ? allowedFrom : null;
        State = Latest switch
        {
            null => "none",
            { Status: DataExportStatus.Preparing } => "preparing",
            { Status: DataExportStatus.Failed } => "failed",
            _ when Latest.IsDownloadable(now) => "ready",
            _ => "expired",
        };
    }
}
