using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Accounts;

internal static class BillingAccountEmail
{
    /// <summary>
    /// Records the address Accounts announced at <paramref name="announcedAt"/>, opening the billing account (live
    /// mode) if no notification about it got here first; the newest announcement wins whatever order they arrive in.
    /// </summary>
    public static async Task RecordAsync(PaymentsDbContext db, Guid accountId, string email, DateTimeOffset announcedAt, CancellationToken ct) =>
        (await FindOrOpenAsync(db, accountId, ct)).RecordEmail(email, announcedAt);

    /// <summary>Forgets the address of a deleted account, opening the row if the deletion is the first Payments hears of it.</summary>
    public static async Task ForgetAsync(PaymentsDbContext db, Guid accountId, DateTimeOffset deletedAt, CancellationToken ct) =>
        (await FindOrOpenAsync(db, accountId, ct)).ForgetEmail(deletedAt);

    private static async Task<BillingAccount> FindOrOpenAsync(PaymentsDbContext db, Guid accountId, CancellationToken ct) =>
        await db.BillingAccounts.FindAsync([accountId], ct)
        ?? db.BillingAccounts.Add(new BillingAccount { AccountId = accountId, Mode = BillingMode.Live }).Entity;
}
