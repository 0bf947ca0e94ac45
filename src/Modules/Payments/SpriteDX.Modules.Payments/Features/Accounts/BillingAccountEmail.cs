using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Accounts;

internal static class BillingAccountEmail
{
    /// <summary>
    /// Records the address Accounts announced at <paramref name="announcedAt"/>, opening the billing account (live
    /// mode) if no notification about it got here first; the newest announcement wins whatever order they arrive in.
    /// </summary>
    public static async Task RecordAsync(PaymentsDbContext db, Guid accountId, string email, DateTimeOffset announcedAt, CancellationToken ct)
    {
        var account = await db.BillingAccounts.FindAsync([accountId], ct);
        if (account is null)
            db.BillingAccounts.Add(account = new BillingAccount { AccountId = accountId, Mode = BillingMode.Live });
        account.RecordEmail(email, announcedAt);
    }
}
