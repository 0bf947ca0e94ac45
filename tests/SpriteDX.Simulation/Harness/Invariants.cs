using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Contracts;
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

    /// <summary>The balances (<see cref="BalancesAsync"/>), at most one automatic top-up in flight per account, and every bad input refused.</summary>
    public static async Task<List<Violation>> CheapAsync(SimulationWorld world)
    {
        var found = await BalancesAsync(world);
        found.AddRange(world.WrongAnswers);
        world.WrongAnswers.Clear();
        var inFlight = await world.App.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().TopUps.AsNoTracking()
            .Where(t => t.SettledAt == null).GroupBy(t => t.AccountId).Where(g => g.Count() > 1).Select(g => new { AccountId = g.Key, Count = g.Count() }).ToListAsync());
        found.AddRange(inFlight.Select(a => new Violation("at most one automatic top-up in flight per account", a.AccountId, "<= 1", $"{a.Count}")));
        return found;
    }

    /// <summary>Every account: balance = sum of its ledger ≥ 0 (test credits likewise), owed never negative; read in one snapshot.</summary>
    private static Task<List<Violation>> BalancesAsync(SimulationWorld world) =>
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
        found.AddRange(await TopUpsAsync(world));
        found.AddRange(await LowBalanceAlertsAsync(world));
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
                var session = await world.StripeApi(checkout.SessionId.StartsWith("cs_live_", StringComparison.Ordinal)).V1.Checkout.Sessions.GetAsync(checkout.SessionId);
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
                        $"{credited.Count} (purchase {purchase.Id} {purchase.Status}, {purchase.Mode}; webhooks: {await WebhooksAboutAsync(world, checkout.SessionId)})"));
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

    /// <summary>
    /// Every off-session payment of an automatic top-up the emulator holds (its own records): a succeeded one is credited
    /// exactly once with its pack; a failed one (declined, or wanting its owner) credits nothing, settles the top-up as
    /// failed and leaves automatic top-up off, unless turned on again since. A monthly cap is never passed.
    /// </summary>
    private static async Task<List<Violation>> TopUpsAsync(SimulationWorld world)
    {
        var (topUps, settings, purchases, credits) = await world.App.WithScopeAsync(async services =>
        {
            var payments = services.GetRequiredService<PaymentsDbContext>();
            return (await payments.TopUps.AsNoTracking().ToListAsync(), await payments.AutoTopUps.AsNoTracking().ToDictionaryAsync(a => a.AccountId),
                await payments.Purchases.AsNoTracking().Where(p => payments.TopUps.Any(t => t.PurchaseId == p.Id)).ToDictionaryAsync(p => p.Id),
                (await services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking().Where(e => e.Kind == LedgerKind.Purchase).ToListAsync()).ToLookup(e => e.SourceId));
        });
        var found = new List<Violation>();
        foreach (var customer in topUps.Select(t => t.CustomerId).Distinct())
        {
            foreach (var intent in await world.Stripe.TopUpIntentsAsync(customer, world.App))
            {
                var topUp = topUps.SingleOrDefault(t => t.Id == Guid.Parse((string)intent["metadata"]!["top_up_id"]!));
                var id = (string)intent["id"]!;
                var status = (string)intent["status"]!;
                if (topUp is null || !purchases.TryGetValue(topUp.PurchaseId, out var purchase))
                {
                    found.Add(new Violation("every off-session payment belongs to a top-up", null, $"a top-up for {id}", "none"));
                    continue;
                }

                var credited = credits[purchase.Id.ToString()].ToList();
                var succeeded = status == "succeeded";
                if (credited.Count != (succeeded ? 1 : 0))
                {
                    found.Add(new Violation(succeeded ? "a succeeded off-session payment is credited exactly once" : "a failed off-session payment credits nothing",
                        topUp.AccountId, $"{(succeeded ? 1 : 0)} purchase credit for {id} ({status})", $"{credited.Count}"));
                }
                else if (succeeded && credited[0].Amount != purchase.Credits && !(purchase.Mode == BillingMode.Test && credited[0].Amount == 0))
                {
                    found.Add(new Violation("a top-up credits its pack", topUp.AccountId, $"{purchase.Credits} credits for {id}", $"{credited[0].Amount}"));
                }
                else if (!succeeded && (topUp.FailureCode is null
                                        || settings.GetValueOrDefault(topUp.AccountId) is { Enabled: true } again && again.UpdatedAt < topUp.SettledAt))
                {
                    found.Add(new Violation("a failed top-up turns automatic top-up off", topUp.AccountId, $"{id} ({status}) settled as failed, automatic top-up off",
                        $"failure {topUp.FailureCode ?? "none"}, automatic top-up {(settings.GetValueOrDefault(topUp.AccountId)?.Enabled == true ? "on" : "off")}"));
                }
            }
        }

        var month = AutoTopUp.MonthStart(DateTimeOffset.UtcNow);
        foreach (var account in settings.Values.Where(a => a.MonthlyCapMinor is not null))
        {
            // Only top-ups started under this cap count against it: a cap lowered after them is not passed by them.
            var charged = topUps.Where(t => t.AccountId == account.AccountId && t.CreatedAt >= month && t.FailureCode == null).ToList();
            if (charged.Count > 0 && charged.Max(t => t.CreatedAt) > account.UpdatedAt && charged.Sum(t => t.AmountMinor) > account.MonthlyCapMinor)
            {
                found.Add(new Violation("the monthly cap is never passed", account.AccountId, $"<= {account.MonthlyCapMinor} charged this month",
                    $"{charged.Sum(t => t.AmountMinor)} in {charged.Count} top-up(s)"));
            }
        }

        return found;
    }

    /// <summary>
    /// A low-balance alert fires at most once per crossing: between two alerts of an account, its balance climbed back
    /// to the threshold (the ledger's balance after each entry says so), or its owner set the alert again.
    /// </summary>
    private static async Task<List<Violation>> LowBalanceAlertsAsync(SimulationWorld world)
    {
        var (announced, ledger) = await world.App.WithScopeAsync(async services =>
        {
            var credits = services.GetRequiredService<CreditsDbContext>();
            return (await credits.Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(LowBalanceCrossed))).ToListAsync(),
                (await credits.Ledger.AsNoTracking().Select(e => new { e.AccountId, e.At, e.BalanceAfter }).ToListAsync()).ToLookup(e => e.AccountId));
        });
        var found = new List<Violation>();
        var crossings = announced.Select(m => (LowBalanceCrossed)m.ToNotification()).GroupBy(c => c.AccountId);
        foreach (var account in crossings)
        {
            var changes = world.Users.SingleOrDefault(u => u.AccountId == account.Key)?.AlertChangedAt ?? [];
            var ordered = account.OrderBy(c => c.OccurredAt).ToList();
            foreach (var (first, next) in ordered.Zip(ordered.Skip(1)))
            {
                var climbedBack = ledger[account.Key].Any(e => e.At >= first.OccurredAt && e.At <= next.OccurredAt && e.BalanceAfter >= next.Threshold);
                if (!climbedBack && !changes.Any(at => at >= first.OccurredAt && at <= next.OccurredAt))
                {
                    found.Add(new Violation("a low-balance alert fires once per crossing", account.Key, $"one alert below {next.Threshold} until the balance climbs back",
                        $"alerts at {first.OccurredAt:HH:mm:ss.fff} (balance {first.Balance}) and {next.OccurredAt:HH:mm:ss.fff} (balance {next.Balance})"));
                }
            }
        }

        return found;
    }

    /// <summary>What the app made of the webhook events about a Stripe object, for a violation's message.</summary>
    private static Task<string> WebhooksAboutAsync(SimulationWorld world, string objectId) => world.App.WithScopeAsync(async services =>
    {
        var events = await services.GetRequiredService<PaymentsDbContext>().WebhookEvents.AsNoTracking()
            .Where(e => e.ObjectId == objectId).OrderBy(e => e.ReceivedAt).Select(e => new { e.Type, e.Outcome, e.OutcomeDetail }).ToListAsync();
        var sent = (await world.Stripe.EventsAsync()).Where(e => (string?)e!["object_id"] == objectId)
            .Select(e => $"{e!["type"]} {e["delivery_state"]} after {e["deliveries"]!.AsArray().Count} deliveries");
        return $"received {(events.Count == 0 ? "none" : string.Join("; ", events.Select(e => $"{e.Type} {e.Outcome}: {e.OutcomeDetail}")))}; " +
               $"the emulator sent {string.Join("; ", sent)}";
    });

    /// <summary>Spent credits = cost × generations that succeeded; failed and rejected ones cost nothing; none left open.</summary>
    private static async Task<List<Violation>> GenerationsAsync(IServiceProvider services)
    {
        var generations = await services.GetRequiredService<GenerationDbContext>().Generations.AsNoTracking()
            .Select(g => new { g.Id, g.AccountId, g.Cost, g.Status }).ToListAsync();
        var spent = (await services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking()
                .Where(e => GenerationKinds.Contains(e.Kind))
                .Select(e => new { e.SourceId, e.Kind, e.Amount, e.TestAmount }) // TestAmount is the test part of Amount
                .ToListAsync())
            .GroupBy(e => e.SourceId).ToDictionary(g => g.Key, g => (Moved: g.Sum(e => e.Amount), Test: g.Sum(e => e.TestAmount),
                Released: g.Any(e => e.Kind == LedgerKind.GenerationRelease)));
        var found = new List<Violation>();
        foreach (var generation in generations)
        {
            var expected = generation.Status == GenerationStatus.Succeeded ? -generation.Cost : 0;
            var (moved, test, released) = spent.GetValueOrDefault(generation.Id.ToString());
            // Test credits released after the account left test mode are dropped, like every test credit arriving then: a
            // release that gave back all but test credits. (Not told by the account's mode now: it may have gone back to
            // test mode since, seed 318.)
            var droppedTestCredits = released && moved < 0 && moved == test;
            if (generation.Status is GenerationStatus.Pending or GenerationStatus.Queued or GenerationStatus.Running)
                found.Add(new Violation("no generation left pending or running", generation.AccountId, "settled", $"{generation.Id} {generation.Status}"));
            else if (moved != expected && !(expected == 0 && droppedTestCredits))
                found.Add(new Violation("a generation costs its price only if it succeeded", generation.AccountId, $"{expected} for {generation.Id} ({generation.Status})",
                    $"{moved}; {await SettlementOfAsync(services, generation.Id)}"));
        }

        var open = await services.GetRequiredService<CreditsDbContext>().Reservations.AsNoTracking().Where(r => r.Status == ReservationStatus.Reserved).ToListAsync();
        found.AddRange(open.Select(r => new Violation("no reservation left open", r.AccountId, "settled", $"reservation for {r.GenerationId}")));
        return found;
    }

    /// <summary>How both modules settled a generation, for a violation's message: its error and renders, the reservation, the ledger lines.</summary>
    private static async Task<string> SettlementOfAsync(IServiceProvider services, Guid generationId)
    {
        var generation = await services.GetRequiredService<GenerationDbContext>().Generations.AsNoTracking()
            .Where(g => g.Id == generationId).Select(g => new { g.Error, g.RenderAttempts, g.RequestedAt, g.CompletedAt }).SingleAsync();
        var credits = services.GetRequiredService<CreditsDbContext>();
        var reservation = await credits.Reservations.AsNoTracking().Where(r => r.GenerationId == generationId)
            .Select(r => new { r.Status, r.Amount, r.TestAmount, r.ReservedAt, r.SettledAt }).SingleOrDefaultAsync();
        var source = generationId.ToString();
        var lines = (await credits.Ledger.AsNoTracking().Where(e => e.SourceId == source || e.SourceId.StartsWith(source + "/")).ToListAsync())
            .Select(e => $"{e.Kind} {e.Amount} (test {e.TestAmount}) at {e.At:HH:mm:ss.fff}");
        return $"generation: \"{generation.Error}\", {generation.RenderAttempts} render(s), requested {generation.RequestedAt:HH:mm:ss.fff}, " +
               $"completed {generation.CompletedAt:HH:mm:ss.fff}; reservation: {(reservation is null ? "none" : $"{reservation.Status} {reservation.Amount} (test {reservation.TestAmount}), reserved {reservation.ReservedAt:HH:mm:ss.fff}, settled {reservation.SettledAt:HH:mm:ss.fff}")}; " +
               $"ledger: {string.Join(", ", lines)}";
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
