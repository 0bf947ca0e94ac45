using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Data;

internal static class PurchaseLookup
{
    /// <summary>
    /// The purchase of a Checkout Session id a person typed or a URL carried. Anything not shaped like
    /// Stripe's ids (cs_test_…/cs_live_…) cannot be a session, and never reaches the database
    /// (PostgreSQL refuses a NUL in a text parameter).
    /// </summary>
    public static Task<Purchase?> ByCheckoutSessionIdAsync(this PaymentsDbContext db, string? sessionId, CancellationToken ct) =>
        IsCheckoutSessionId(sessionId)
            ? db.Purchases.AsNoTracking().SingleOrDefaultAsync(p => p.CheckoutSessionId == sessionId, ct)
            : Task.FromResult<Purchase?>(null);

    private static bool IsCheckoutSessionId(string? id) =>
        id is { Length: > 3 and <= 255 } && id.StartsWith("cs_", StringComparison.Ordinal) && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
