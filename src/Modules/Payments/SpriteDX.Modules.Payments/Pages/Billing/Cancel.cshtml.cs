using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpriteDX.Modules.Payments.Pages.Billing;

/// <summary>Where Stripe sends a customer who left the checkout page: nothing was charged.</summary>
[Authorize]
internal sealed class CancelModel : PageModel
{
    public void OnGet()
    {
    }
}
