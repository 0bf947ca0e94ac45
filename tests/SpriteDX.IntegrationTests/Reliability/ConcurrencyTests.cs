using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>Many hands on one purse at once: the result is what one careful hand would have done.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class ConcurrencyTests
{
    [Test]
    public async Task A_hundred_simultaneous_fulfilments_of_one_payment_credit_it_once()
    {
        await using var app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PauseWebhooksAsync();
        await stripe.PaidAsync(session);
        var completed = await stripe.EventIdAsync("checkout.session.completed", session, delivered: false);

        // 40 returns to the success page, 30 copies of the signed event posted straight at the app,
        // 29 resends by the emulator (it merges those still pending) and the release of its own queued delivery, all at once.
        var fulfilments = Enumerable.Range(0, 40).Select(_ => (Func<Task>)(() => buyer.ReturnFromCheckoutAsync(session)))
            .Concat(Enumerable.Range(0, 30).Select(_ => (Func<Task>)(() => stripe.DeliverAheadAsync(completed, livemode: true))))
            .Concat(Enumerable.Range(0, 29).Select(_ => (Func<Task>)(() => stripe.ResendAsync(completed))))
            .Append(stripe.ResumeWebhooksAsync);
        await Task.WhenAll(fulfilments.Select(f => Task.Run(f)));

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await StoredWebhookEvents.ProcessedAsync(app, completed);
        await Polling.UntilAsync(() => stripe.DeliveredAsync(completed), because: "the emulator's deliveries and resends to be made");
        (await StoredWebhookEvents.CountAsync(app, completed)).Should().Be(1);
        (await MoneySnapshot.LedgerEntriesAsync(app, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
    }

    [Test]
    public async Task Two_hundred_simultaneous_generations_with_credits_for_ten_reserve_at_most_ten_and_never_go_negative()
    {
        await using var app = SpriteDxApp.Start(("Generation:RequestsPerMinute", "1000"));
        // The reservations queue on the account's row; the first one through a code path (JIT, EF's compiled
        // queries and save commands) would pay for it holding that row, and on a busy machine the last of 200 in
        // line could then wait past the command timeout. That is the cost of a cold process, not of concurrency.
        using (var warmUp = await Player.SignUpAsync(app))
            await warmUp.SettledAsync(await (await warmUp.RequestAsync("warm-up slime")).AcceptedIdAsync());
        using var player = await Player.SignUpAsync(app);
        var token = (await player.Browser.GetAsync("/")).AntiforgeryToken();
        var samples = new ConcurrentBag<long>();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                samples.Add(await StoredBalanceAsync(app, player.AccountId));
                samples.Add(await player.BalanceAsync());
            }
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => player.Browser.PostGenerationAsync($"crowd of slimes {i}", token))));
        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.Accepted).ToList();
        foreach (var response in accepted)
            await player.SettledAsync(await response.AcceptedIdAsync());
        await done.CancelAsync();
        await sampler;

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Accepted || r.StatusCode == HttpStatusCode.PaymentRequired);
        accepted.Should().HaveCount(10);
        samples.Should().NotBeEmpty().And.OnlyContain(balance => balance >= 0 && balance <= 100);
        (await player.BalanceAsync()).Should().Be(0);
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
        await Polling.UntilAsync(async () => !(await MoneySnapshot.ReservationsAsync(app, player.AccountId)).ContainsKey(ReservationStatus.Reserved),
            because: "every reservation to be captured");
        (await MoneySnapshot.ReservationsAsync(app, player.AccountId)).Should().Equal(new Dictionary<ReservationStatus, int> { [ReservationStatus.Captured] = 10 });
    }

    private static Task<long> StoredBalanceAsync(SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<CreditsDbContext>().Accounts.AsNoTracking()
            .Where(a => a.AccountId == accountId).Select(a => a.Balance).SingleAsync());
}
