using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Credits.Features.Integrity;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// Every credit and purchase in one app, read straight from the module databases: what a test compares
/// before and after something that must not move money.
/// </summary>
internal sealed record MoneySnapshot(long TotalBalance, long LedgerSum, int LedgerEntries, int OpenReservations, int Purchases, int PaidPurchases)
{
    public static Task<MoneySnapshot> TakeAsync(SpriteDxApp app) =>
        app.WithScopeAsync(async services =>
        {
            var credits = services.GetRequiredService<CreditsDbContext>();
            var payments = services.GetRequiredService<PaymentsDbContext>();
            return new MoneySnapshot(
                await credits.Accounts.SumAsync(a => a.Balance),
                await credits.Ledger.SumAsync(e => e.Amount),
                await credits.Ledger.CountAsync(),
                await credits.Reservations.CountAsync(r => r.Status == ReservationStatus.Reserved),
                await payments.Purchases.CountAsync(),
                await payments.Purchases.CountAsync(p => p.PaidAt != null));
        });

    /// <summary>Credit ledger entries of that kind on that account: a purchase must appear exactly once.</summary>
    public static Task<int> LedgerEntriesAsync(SpriteDxApp app, Guid accountId, LedgerKind kind) =>
        app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Ledger.CountAsync(e => e.AccountId == accountId && e.Kind == kind));

    /// <summary>Reservations of that account by state: after things settle none may stay Reserved.</summary>
    public static Task<Dictionary<ReservationStatus, int>> ReservationsAsync(SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Reservations
            .Where(r => r.AccountId == accountId).GroupBy(r => r.Status).ToDictionaryAsync(g => g.Key, g => g.Count()));

    /// <summary>What Credits' part of `check-integrity` says about one account (other tests' accounts share the database).</summary>
    public static Task<List<string>> IntegrityProblemsAsync(SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(async services =>
        {
            var check = services.GetServices<IIntegrityCheck>().OfType<LedgerIntegrityCheck>().Single();
            return (await check.ProblemsAsync(CancellationToken.None)).Where(p => p.Contains(accountId.ToString())).ToList();
        });
}
