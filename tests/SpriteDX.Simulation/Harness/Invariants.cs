using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Simulation.Harness;

/// <summary>A broken invariant: which, about which account, what was expected and what was found.</summary>
internal sealed record Violation(string Invariant, Guid? AccountId, string Expected, string Actual);

/// <summary>
/// What must hold whatever the schedule (issue #22): the cheap ones after every step, the rest once the app
/// has settled. Read straight from each module's database and from the emulator's own records.
/// </summary>
internal static class Invariants
{
    private static readonly LedgerKind[] GenerationKinds = [LedgerKind.GenerationReserve, LedgerKind.GenerationCapture, LedgerKind.GenerationRelease];

    /// <summary>Every account: balance = sum of its ledger ≥ 0 (test credits likewise), owed never negative; read in one snapshot.</summary>
    public static Task<List<Violation>> CheapAsync(SimulationWorld world) =>
        world.App.WithScopeAsync(async services =>
        {
            var credits = services.GetRequiredService<CreditsDbContext>();
            await using var snapshot = await credits.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
            var accounts = await credits.Accounts.AsNoTracking().ToListAsync();
            var sums = await credits.Ledger.GroupBy(e => e.AccountId)
                .Select(g => new { AccountId = g.Key, Live = g.Sum(e => e.Amount), Test = g.Sum(e => e.TestAmount) })
                .ToDictionaryAsync(s => s.AccountId);
            var found = new List<Violation>();
            foreach (var account in accounts)
            {
                var sum = sums.GetValueOrDefault(account.AccountId);
                if (account.Balance != (sum?.Live ?? 0) || account.TestBalance != (sum?.Test ?? 0))
                {
                    found.Add(new Violation("balance = sum of its ledger", account.AccountId,
                        $"balance {sum?.Live ?? 0}, test {sum?.Test ?? 0}", $"balance {account.Balance}, test {account.TestBalance}"));
                }

                if (account.Balance < 0 || account.TestBalance < 0 || account.Owed < 0)
                {
                    found.Add(new Violation("balances and owed credits never negative", account.AccountId, ">= 0",
                        $"balance {account.Balance}, test {account.TestBalance}, owed {account.Owed}"));
                }
            }

            return found;
        });

    public static async Task<List<Violation>> SettledAsync(SimulationWorld world)
    {
        var found = await CheapAsync(world);
        found.AddRange(await PurchasesAsync(world));
        found.AddRange(await world.App.WithScopeAsync(async services =>
        {
            var settled = new List<Violation>();
            settled.AddRange(await GenerationsAsync(services));
            settled.AddRange(await OutboxesAsync(services));
            settled.AddRange(await AdminReadModelAsync(services));
            foreach (var check in services.GetServices<IIntegrityCheck>())
            {
                foreach (var problem in await check.ProblemsAsync(CancellationToken.None))
                    settled.Add(new Violation("check-integrity exits 0", null, $"{check.Name}: no problem", problem));
            }

            return settled;
        }));
        return found;
    }

    /// <summary>
    /// Every Checkout Session the emulator says is paid is credited exactly once, with its pack's credits; an
    /// unpaid, declined or expired one credits nothing; no purchase credit exists without a paid purchase.
    /// </summary>
    private static async Task<List<Violation>> PurchasesAsync(SimulationWorld world)
    {
        var found = new List<Violation>();
        var (purchases, credits) = await world.App.WithScopeAsync(async services => (
            await services.GetRequiredService<PaymentsDbContext>().Purchases.AsNoTracking().ToListAsync(),
            await services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking().Where(e => e.Kind == LedgerKind.Purchase).ToListAsync()));
        var creditsBySource = credits.ToLookup(e => e.SourceId);
        foreach (var user in world.Users)
        {
            foreach (var checkout in user.Checkouts)
            {
                var session = await world.Stripe.Client(checkout.SessionId.StartsWith("cs_live_", StringComparison.Ordinal)).V1.Checkout.Sessions.GetAsync(checkout.SessionId);
                var purchase = purchases.SingleOrDefault(p => p.CheckoutSessionId == checkout.SessionId);
                if (purchase is null)
                {
                    found.Add(new Violation("every Checkout Session belongs to a purchase", user.AccountId, $"a purchase for {checkout.SessionId}", "none"));
                    continue;
                }

                var credited = creditsBySource[purchase.Id.ToString()].ToList();
                var paid = session.PaymentStatus == "paid";
                if (credited.Count != (paid ? 1 : 0))
                {
                    found.Add(new Violation(paid ? "a paid Checkout Session is credited exactly once" : "an unpaid Checkout Session credits nothing",
                        user.AccountId, $"{(paid ? 1 : 0)} purchase credit for {checkout.SessionId} ({session.Status}, {session.PaymentStatus})",
                        $"{credited.Count}"));
                }
                else if (paid && credited[0].Amount != purchase.Credits && !(purchase.Mode == BillingMode.Test && credited[0].Amount == 0))
                {
                    // A test purchase completed after its account left test mode credits nothing: its test credits were removed.
                    found.Add(new Violation("a purchase credits its pack", user.AccountId, $"{purchase.Credits} credits for {checkout.SessionId}",
                        $"{credited[0].Amount}"));
                }
            }
        }

        var paidIds = purchases.Where(p => p.PaidAt != null).Select(p => p.Id.ToString()).ToHashSet();
        foreach (var stray in credits.Where(e => !paidIds.Contains(e.SourceId)))
            found.Add(new Violation("no purchase credit without a paid purchase", stray.AccountId, "none", $"{stray.Amount} credits from purchase {stray.SourceId}"));
        return found;
    }

    /// <summary>Spent credits = cost × generations that succeeded; failed and rejected ones cost nothing; none left open.</summary>
    private static async Task<List<Violation>> GenerationsAsync(IServiceProvider services)
    {
        var generations = await services.GetRequiredService<GenerationDbContext>().Generations.AsNoTracking()
            .Select(g => new { g.Id, g.AccountId, g.Cost, g.Status }).ToListAsync();
        var spent = (await services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking()
                .Where(e => GenerationKinds.Contains(e.Kind))
                .Select(e => new { e.SourceId, Moved = e.Amount }) // TestAmount is the test part of Amount
                .ToListAsync())
            .GroupBy(e => e.SourceId).ToDictionary(g => g.Key, g => g.Sum(e => e.Moved));
        var found = new List<Violation>();
        foreach (var generation in generations)
        {
            var expected = generation.Status == GenerationStatus.Succeeded ? -generation.Cost : 0;
            var moved = spent.GetValueOrDefault(generation.Id.ToString());
            if (generation.Status is GenerationStatus.Pending or GenerationStatus.Queued or GenerationStatus.Running)
                found.Add(new Violation("no generation left pending or running", generation.AccountId, "settled", $"{generation.Id} {generation.Status}"));
            else if (moved != expected)
                found.Add(new Violation("a generation costs its price only if it succeeded", generation.AccountId, $"{expected} for {generation.Id} ({generation.Status})", $"{moved}"));
        }

        var open = await services.GetRequiredService<CreditsDbContext>().Reservations.AsNoTracking().Where(r => r.Status == ReservationStatus.Reserved).ToListAsync();
        found.AddRange(open.Select(r => new Violation("no reservation left open", r.AccountId, "settled", $"reservation for {r.GenerationId}")));
        return found;
    }

    /// <summary>No outbox row left undelivered, and no dead letter: the simulator injects only faults that pass.</summary>
    private static async Task<List<Violation>> OutboxesAsync(IServiceProvider services)
    {
        var found = new List<Violation>();
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            var outbox = ((DbContext)services.GetRequiredService(module.ContextType)).Set<OutboxMessage>().AsNoTracking();
            var undelivered = await outbox.CountAsync(m => m.PublishedAt == null && m.DeadLetteredAt == null);
            if (undelivered > 0)
                found.Add(new Violation("no outbox row left undelivered", null, $"{module.Module}: 0", $"{undelivered}"));
            var dead = await outbox.Where(m => m.DeadLetteredAt != null && m.DismissedAt == null).Select(m => m.Name + ": " + m.LastError).ToListAsync();
            found.AddRange(dead.Select(d => new Violation("a dead letter only where a fault was permanent", null, $"{module.Module}: none", d)));
        }

        return found;
    }

    /// <summary>Admin's account overview agrees with Credits once settled.</summary>
    private static async Task<List<Violation>> AdminReadModelAsync(IServiceProvider services)
    {
        var credits = await services.GetRequiredService<CreditsDbContext>().Accounts.AsNoTracking().ToDictionaryAsync(a => a.AccountId);
        var overviews = await services.GetRequiredService<AdminDbContext>().Accounts.AsNoTracking().Where(a => a.IsRegistered).ToListAsync();
        var found = new List<Violation>();
        foreach (var overview in overviews)
        {
            if (!credits.TryGetValue(overview.AccountId, out var account))
                continue;
            if (overview.Balance != account.Balance || overview.Owed != account.Owed || overview.TestBalance != account.TestBalance)
            {
                found.Add(new Violation("the Admin read model agrees with Credits", overview.AccountId,
                    $"balance {account.Balance}, owed {account.Owed}, test {account.TestBalance}",
                    $"balance {overview.Balance}, owed {overview.Owed}, test {overview.TestBalance}"));
            }
        }

        return found;
    }
}
