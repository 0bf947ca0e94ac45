using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.Checkout;
using SpriteDX.Modules.Payments.Features.TopUps;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>Automatic top-up's settings. A form with any bad field is shown again with what is wrong, and nothing changes.</summary>
[Authorize]
internal sealed class AutoTopUpModel(AutoTopUpSettings settings, CreditPackCatalog catalog, BillingAvailability billing) : PageModel
{
    public AutoTopUpView View { get; private set; } = null!;

    public IReadOnlyList<CreditPack> Packs => catalog.All;

    public AutoTopUpForm Form { get; private set; } = new(false, null, null, null);

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!billing.IsAvailableTo(User))
        {
            context.Result = HttpMethods.IsPost(Request.Method) ? StatusCode(StatusCodes.Status403Forbidden) : LocalRedirect(CreditsLinks.Billing);
            return;
        }

        View = await settings.ViewAsync(User.AccountId(), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
        var current = View.Settings;
        Form = new AutoTopUpForm(current?.Enabled ?? true, (current?.ThresholdCredits ?? 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            current?.PackId ?? Packs[0].Id, current?.MonthlyCapMinor is { } cap ? new Money(cap, View.Pack?.Currency ?? Packs[0].Currency).Major.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    public async Task<IActionResult> OnPostAsync(bool enabled, string? threshold, string? packId, string? monthlyCap, CancellationToken ct)
    {
        Form = new AutoTopUpForm(enabled, threshold, packId, monthlyCap);
        switch (await settings.SaveAsync(User.AccountId(), Form, ct))
        {
            case AutoTopUpSave.Invalid invalid:
                Problems = invalid.Problems;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case AutoTopUpSave.Saved { Enabled: true }:
                TempData.Toast("Automatic top-up is on.");
                break;
            default:
                TempData.Toast("Automatic top-up is off.", ToastKind.Info);
                break;
        }

        return LocalRedirect(CreditsLinks.Billing + "#auto-top-up-title");
    }
}
