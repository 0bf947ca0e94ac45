using System.Security.Claims;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Payments.Features.Checkout;

/// <summary>Early Access: buying credits is open to Early Access accounts and admins until `Billing:Enabled` is true.</summary>
internal sealed class BillingAvailability(IOptionsMonitor<BillingOptions> options)
{
    public bool IsAvailableTo(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (options.CurrentValue.Enabled || user.IsAdmin() || user.HasEarlyAccess());
}
