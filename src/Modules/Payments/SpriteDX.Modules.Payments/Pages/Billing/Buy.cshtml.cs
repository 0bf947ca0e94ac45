using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>The credit packs, and the start of Stripe Checkout for one of them.</summary>
[Authorize]
internal sealed class BuyModel(
    PaymentsDbContext db, CreditPackCatalog catalog, CheckoutStarter checkout, BillingAvailability billing, StripeClients stripe) : PageModel
{
    public IReadOnlyList<CreditPack> Packs => catalog.All;

    public CreditPackCatalog Catalog => catalog;

    public bool IsAvailable { get; private set; }

    public BillingMode Mode { get; private set; }

    public bool ModeIsConfigured { get; private set; }

    public string? Problem { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // Early Access is enforced here, not only by hiding the menu entry.
        IsAvailable = billing.IsAvailableTo(User);
        if (!IsAvailable)
        {
            if (HttpMethods.IsPost(Request.Method))
                Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Result = Page();
            return;
        }

        var accountId = User.AccountId();
        Mode = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode)
            .SingleOrDefaultAsync(HttpContext.RequestAborted) ?? BillingMode.Live;
        ModeIsConfigured = stripe.IsConfigured(Mode);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? packId, Guid checkoutKey, bool saveCard, CancellationToken ct)
    {
        var appBase = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        var started = await checkout.StartAsync(
            User.AccountId(), packId, checkoutKey == Guid.Empty ? Guid.NewGuid() : checkoutKey, appBase, modeOverride: null, saveCard, ct);
        return started switch
        {
            CheckoutStart.Started s => SeeOther(s.CheckoutUrl),
            CheckoutStart.UnknownPack => ProblemPage(StatusCodes.Status400BadRequest, "That credit pack does not exist. Pick one of the packs below."),
            CheckoutStart.ModeNotConfigured => ProblemPage(StatusCodes.Status503ServiceUnavailable, "Buying credits is not set up on this server yet."),
            CheckoutStart.StripeUnavailable => ProblemPage(StatusCodes.Status502BadGateway, "Stripe could not start the checkout. Nothing was charged; try again in a moment."),
            _ => throw new InvalidOperationException($"Unexpected checkout outcome {started.GetType().Name}."),
        };
    }

    /// <summary>A 303 makes the browser follow with a GET, whatever it did to get here.</summary>
    private StatusCodeResult SeeOther(string url)
    {
        Response.Headers.Location = url;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private PageResult ProblemPage(int status, string problem)
    {
        Response.StatusCode = status;
        Problem = problem;
        return Page();
    }
}
