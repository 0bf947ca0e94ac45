using System.Security.Claims;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Payments.Features.Checkout;

/// <summary>Early Access: buying credits is open to Early Access accounts and admins until `Billing:Enabled` is true.</summary>
internal sealed class BillingAvailability(IOptionsMonitor<BillingOptions> options)
{
    /// <summary>`Billing:Enabled`: everyone may buy, not only Early Access accounts and admins.</summary>
    public bool IsEnabledForEveryone => options.CurrentValue.Enabled;

    public bool IsAvailableTo(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (IsEnabledForEveryone || user.IsAdmin() || user.HasEarlyAccess());
}
