using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// Where a notice to the account goes: its address, or null when the account was deleted (its address forgotten),
    /// where no retry would find one. Throws while no address was announced yet (its AccountRegistered has not
    /// arrived), so the notification handler asking fails and is retried later.
    /// </summary>
    public static async Task<string?> AddressToNotifyAsync(PaymentsDbContext db, Guid accountId, CancellationToken ct)
    {
        var account = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId)
            .Select(a => new { a.Email, a.EmailRecordedAt }).SingleOrDefaultAsync(ct);
        if (account is { Email: null, EmailRecordedAt: not null })
            return null;
        return account?.Email ?? throw new InvalidOperationException($"No e-mail address is known for account {accountId} yet.");
    }

    private static async Task<BillingAccount> FindOrOpenAsync(PaymentsDbContext db, Guid accountId, CancellationToken ct) =>
        await db.BillingAccounts.FindAsync([accountId], ct)
        ?? db.BillingAccounts.Add(new BillingAccount { AccountId = accountId, Mode = BillingMode.Live }).Entity;
}
