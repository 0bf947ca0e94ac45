using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Fulfilment;
using Stripe;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>
/// Where Stripe sends the customer back. It fulfils the purchase itself (the webhook may come later or
/// never) and shows where it stands; while a payment is being confirmed it refreshes by itself, for a
/// while: a bank that takes days or a checkout left open must not keep a tab polling forever.
/// </summary>
[Authorize]
internal sealed class SuccessModel(PaymentsDbContext db, PurchaseFulfilment fulfilment, TimeProvider clock, ILogger<SuccessModel> logger) : PageModel
{
    public const int RefreshSeconds = 3;

    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(10);

    public Purchase Purchase { get; private set; } = null!;

    public PurchaseStatus Status { get; private set; }

    /// <summary>Stripe could not be asked, or its answer did not match the purchase: shown as "not confirmed yet".</summary>
    public bool Unconfirmed { get; private set; }

    /// <summary>The checkout is open and nobody has paid it: there is nothing to wait for, only a way back to it.</summary>
    public bool AwaitsPayment => !Unconfirmed && Status == PurchaseStatus.Pending;

    public bool KeepsRefreshing { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "session_id")] string? sessionId, CancellationToken ct)
    {
        var accountId = User.AccountId();
        var purchase = await db.ByCheckoutSessionIdAsync(sessionId, ct);
        if (purchase is null || purchase.AccountId != accountId)
            return NotFound(); // another person's session looks exactly like one that does not exist

        try
        {
            var fulfilled = await fulfilment.FulfilAsync(purchase, ct);
            (Status, Unconfirmed) = (fulfilled.Status, fulfilled.IsRejected);
        }
        catch (StripeException ex)
        {
            logger.LogWarning(ex, "Stripe could not confirm Checkout Session {SessionId}; the page retries", sessionId);
            (Status, Unconfirmed) = (purchase.Status, true);
        }

        Purchase = purchase;
        KeepsRefreshing = (Unconfirmed || Status == PurchaseStatus.Processing)
            && clock.GetUtcNow() - purchase.CreatedAt < RefreshWindow;
        if (KeepsRefreshing)
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }
}
