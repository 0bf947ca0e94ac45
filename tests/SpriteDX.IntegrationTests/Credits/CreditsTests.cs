using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Events;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Credits.Components;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.IntegrationTests.Credits;

[Parallelizable(ParallelScope.Self)]
public sealed class CreditsTests
{
    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start();

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    [Test]
    public async Task A_new_account_gets_100_bonus_credits_and_is_told_so_once()
    {
        using var player = await Player.SignUpAsync(_app);

        (await player.BalanceAsync()).Should().Be(100);
        (await player.Browser.GetAsync("/")).Html.Should().Contain("You received 100 free credits");
        (await player.Browser.GetAsync("/")).Html.Should().NotContain("You received 100 free credits");
        (await player.LedgerKindsAsync()).Should().Equal("signup_bonus");
    }

    [Test]
    public async Task The_bonus_notice_on_every_page_finds_the_bonus_by_its_unique_source_not_in_the_accounts_ledger()
    {
        // With a filter on the account and the kind, PostgreSQL read all of a big ledger on every page.
        using var player = await Player.SignUpAsync(_app);

        var plan = await _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CreditsDbContext>();
            await using var command = SignupBonusNotice.BonusOf(db, player.AccountId).CreateDbCommand();
            await db.Database.OpenConnectionAsync();
            // A test's table is tiny, so PostgreSQL would rightly read it whole; the question is which index it can use.
            if (_app.OnPostgres)
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            command.CommandText = (_app.OnPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    lines.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
            }

            if (_app.OnPostgres)
                await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            return string.Join('\n', lines);
        });

        plan.Should().Contain("IX_ledger_entries_SourceType_SourceId_Kind");
    }

    [Test]
    public async Task A_replayed_or_duplicated_registration_grants_the_bonus_only_once()
    {
        using var player = await Player.SignUpAsync(_app);
        var again = new AccountRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, player.AccountId, player.Email, false, false);

        await _app.PublishAsync(again);
        await _app.PublishAsync(again);

        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("signup_bonus");
    }

    [Test]
    public async Task The_balance_badge_shows_the_balance_in_the_header()
    {
        using var player = await Player.SignUpAsync(_app);

        var home = await player.Browser.GetAsync("/");

        home.Html.Should().Contain("data-credit-balance>100<");
    }

    [Test]
    public async Task A_generation_reserves_its_cost_then_spends_it_on_success()
    {
        using var player = await Player.SignUpAsync(_app);

        var generation = await player.RequestGenerationAsync(cost: 10);
        (await player.BalanceAsync()).Should().Be(90);

        await _app.PublishAsync(new GenerationSucceeded(Guid.NewGuid(), DateTimeOffset.UtcNow, generation, player.AccountId));

        (await player.BalanceAsync()).Should().Be(90);
        (await player.LedgerKindsAsync()).Should().Equal("spend", "signup_bonus"); // the capture moves nothing and is not shown twice
        var reservation = await _app.WithScopeAsync(services =>
            services.GetRequiredService<CreditsDbContext>().Reservations.SingleAsync(r => r.GenerationId == generation));
        reservation.Status.Should().Be(SpriteDX.Modules.Credits.Domain.ReservationStatus.Captured);
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }

    [Test]
    public async Task A_failed_generation_costs_nothing()
    {
        using var player = await Player.SignUpAsync(_app);
        var generation = await player.RequestGenerationAsync(cost: 10);

        var failed = new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, generation, player.AccountId, "renderer crashed");
        await _app.PublishAsync(failed);
        await _app.PublishAsync(failed with { MessageId = Guid.NewGuid() });

        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("spend_released", "spend", "signup_bonus");
    }

    [Test]
    public async Task The_usage_chart_counts_spends_and_not_refunded_ones()
    {
        using var player = await Player.SignUpAsync(_app);
        await player.RequestGenerationAsync(cost: 10);
        await player.RequestGenerationAsync(cost: 10);
        var refunded = await player.RequestGenerationAsync(cost: 10);
        await _app.PublishAsync(new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, refunded, player.AccountId, "test"));

        var billing = (await player.Browser.GetAsync("/billing")).Html;

        billing.Should().Contain("Spent in the last 30 days</span>\n        <strong class=\"stat-value\">20</strong>");
        System.Text.RegularExpressions.Regex.Matches(billing, "<title>[^<]*: 20 credits</title>").Should().ContainSingle("today's bar holds the 20 credits spent");
    }

    [Test]
    public async Task A_generation_that_costs_more_than_the_balance_is_rejected_and_takes_nothing()
    {
        using var player = await Player.SignUpAsync(_app);

        await player.RequestGenerationAsync(cost: 101);

        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("signup_bonus");
    }

    [Test]
    public async Task Fifty_concurrent_spends_never_overspend()
    {
        using var player = await Player.SignUpAsync(_app);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => player.RequestGenerationAsync(cost: 10))));

        (await player.BalanceAsync()).Should().Be(0);
        var reservations = await _app.WithScopeAsync(services =>
            services.GetRequiredService<CreditsDbContext>().Reservations.CountAsync(r => r.AccountId == player.AccountId));
        reservations.Should().Be(10);
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Two_generations_at_the_same_instant_with_credits_for_one_reserve_exactly_one()
    {
        using var player = await Player.SignUpAsync(_app);
        await player.RequestGenerationAsync(cost: 90);

        await Task.WhenAll(Task.Run(() => player.RequestGenerationAsync(cost: 10)), Task.Run(() => player.RequestGenerationAsync(cost: 10)));

        (await player.BalanceAsync()).Should().Be(0);
        (await player.LedgerKindsAsync()).Count(k => k == "spend").Should().Be(2);
    }

    [Test]
    public async Task A_replayed_generation_request_reserves_once()
    {
        using var player = await Player.SignUpAsync(_app);
        var request = new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, 10);

        await _app.PublishAsync(request);
        await _app.PublishAsync(request);
        await _app.PublishAsync(request with { MessageId = Guid.NewGuid() });

        (await player.BalanceAsync()).Should().Be(90);
    }

    [Test]
    public async Task A_reservation_stores_the_notifications_it_published_with_the_balance_it_left()
    {
        using var player = await Player.SignUpAsync(_app);

        var generation = await player.RequestGenerationAsync(cost: 10);

        // The sweep redelivers from these rows after a crash, so they must say what the immediate publish said.
        var stored = await _app.WithScopeAsync(async services => (await services.GetRequiredService<CreditsDbContext>().Outbox.AsNoTracking()
            .OrderBy(m => m.OccurredAt).ToListAsync()).Select(m => m.ToNotification()).ToList());
        stored.OfType<CreditsReserved>().Should().ContainSingle(r => r.GenerationId == generation)
            .Which.Should().Match<CreditsReserved>(r => r.BalanceAfter == 90 && r.Amount == 10 && r.AccountId == player.AccountId);
        stored.OfType<CreditBalanceChanged>().Where(c => c.AccountId == player.AccountId).Select(c => (c.Delta, c.Balance, c.Owed, c.Kind))
            .Should().Contain((-10L, 90L, 0L, "spend"));
    }

    [Test]
    public async Task Each_balance_change_is_announced_with_the_account_s_next_balance_version()
    {
        using var player = await Player.SignUpAsync(_app);

        var failed = await player.RequestGenerationAsync(cost: 10); // the usual reservation: one command
        await _app.PublishAsync(new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, failed, player.AccountId, "test")); // the ledger's UPDATE
        await player.RequestGenerationAsync(cost: 10);

        // Readers of the balance (Admin, Payments) keep the announcement with the highest version, so the versions must
        // follow the balances as they were committed, on both paths and in the rows the sweep redelivers from.
        var stored = await _app.WithScopeAsync(async services => (await services.GetRequiredService<CreditsDbContext>().Outbox.AsNoTracking()
            .ToListAsync()).Select(m => m.ToNotification()).OfType<CreditBalanceChanged>().Where(c => c.AccountId == player.AccountId).ToList());
        stored.OrderBy(c => c.BalanceVersion).Select(c => (c.BalanceVersion, c.Balance, c.Kind))
            .Should().Equal((1L, 100L, "signup_bonus"), (2L, 90L, "spend"), (3L, 100L, "spend_released"), (4L, 90L, "spend"));
    }

    [Test]
    public async Task A_zero_cost_is_refused_with_a_clear_error()
    {
        using var player = await Player.SignUpAsync(_app);

        var act = () => player.RequestGenerationAsync(cost: 0);

        (await act.Should().ThrowAsync<NotificationDeliveryException>()).Which.Message.Should().Contain("a cost must be positive");
        (await player.BalanceAsync()).Should().Be(100);
    }

    [Test]
    public async Task A_purchase_adds_its_credits_once_and_a_refund_takes_them_back()
    {
        using var player = await Player.SignUpAsync(_app);
        var purchase = new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true);

        await _app.PublishAsync(purchase);
        await _app.PublishAsync(purchase with { MessageId = Guid.NewGuid() });
        (await player.BalanceAsync()).Should().Be(600);

        await _app.PublishAsync(new PurchaseRefunded(Guid.NewGuid(), DateTimeOffset.UtcNow, purchase.PurchaseId, player.AccountId, "re_1" + Guid.NewGuid().ToString("n"), 500, 500, "usd"));

        (await player.BalanceAsync()).Should().Be(100);
        (await player.LedgerKindsAsync()).Should().Equal("refund", "purchase", "signup_bonus");
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }

    [Test]
    public async Task A_claw_back_larger_than_the_balance_stops_at_zero_and_records_what_is_owed()
    {
        using var player = await Player.SignUpAsync(_app);
        var purchase = new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: true);
        await _app.PublishAsync(purchase);
        for (var i = 0; i < 45; i++)
            await player.RequestGenerationAsync(cost: 10); // 600 → 150

        await _app.PublishAsync(new PurchaseDisputed(Guid.NewGuid(), DateTimeOffset.UtcNow, purchase.PurchaseId, player.AccountId, "dp_" + Guid.NewGuid().ToString("n"), 500));

        (await player.BalanceAsync()).Should().Be(0);
        var billing = await player.Browser.GetAsync("/billing");
        billing.Html.Should().Contain("Owed").And.Contain(">350<");
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }

    [Test]
    public async Task An_admin_grant_and_debit_move_credits_with_their_reason()
    {
        using var player = await Player.SignUpAsync(_app);
        var admin = Guid.NewGuid();

        await _app.PublishAsync(new CreditsAdjustedByAdmin(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, 250, "Contest prize", admin, SpriteDxApp.AdminEmail));
        await _app.PublishAsync(new CreditsAdjustedByAdmin(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), player.AccountId, -1000, "Abuse", admin, SpriteDxApp.AdminEmail));

        (await player.BalanceAsync()).Should().Be(0);
        var billing = await player.Browser.GetAsync("/billing");
        billing.Html.Should().Contain("Contest prize").And.Contain("Abuse");
        (await player.LedgerKindsAsync()).Should().Equal("admin_debit", "admin_grant", "signup_bonus");
        (await player.LedgerMatchesBalanceAsync()).Should().BeTrue();
    }

    [Test]
    public async Task The_ledger_is_paged_newest_first_without_gaps_or_repeats()
    {
        using var player = await Player.SignUpAsync(_app);
        for (var i = 0; i < 30; i++)
        {
            var generation = await player.RequestGenerationAsync(cost: 1);
            await _app.PublishAsync(new GenerationFailed(Guid.NewGuid(), DateTimeOffset.UtcNow, generation, player.AccountId, "test"));
        }

        var first = await player.Browser.GetAsync("/billing");
        var older = System.Text.RegularExpressions.Regex.Match(first.Html, "href=\"(/billing\\?before=\\d+)\"").Groups[1].Value;
        var second = await player.Browser.GetAsync(older);
        var third = System.Text.RegularExpressions.Regex.Match(second.Html, "href=\"(/billing\\?before=\\d+)\"").Groups[1].Value;

        (await player.LedgerKindsAsync()).Should().HaveCount(25);
        (await player.LedgerKindsAsync(older)).Should().HaveCount(25);
        // 30 × (reserve + release) + the bonus = 61 entries: 25 + 25 + 11.
        third.Should().NotBeEmpty();
        (await player.LedgerKindsAsync(third)).Should().Equal(
            [.. Enumerable.Repeat(new[] { "spend_released", "spend" }, 5).SelectMany(pair => pair), "signup_bonus"]);
        second.Html.Should().Contain("href=\"/billing\">Newest</a>");
    }

    [Test]
    public async Task Another_persons_ledger_is_never_shown()
    {
        using var alice = await Player.SignUpAsync(_app);
        using var bob = await Player.SignUpAsync(_app);
        await _app.PublishAsync(new CreditsAdjustedByAdmin(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), alice.AccountId, 5, "Only for Alice", Guid.NewGuid(), SpriteDxApp.AdminEmail));

        (await bob.Browser.GetAsync("/billing")).Html.Should().NotContain("Only for Alice");
        (await bob.Browser.GetAsync("/billing?before=999999999")).Html.Should().NotContain("Only for Alice");
        (await bob.BalanceAsync()).Should().Be(100);
    }

    [Test]
    public async Task Billing_and_the_balance_api_need_a_signed_in_person()
    {
        using var visitor = _app.NewBrowser();

        (await visitor.Client.GetAsync("/api/credits/balance")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var billing = await visitor.GetAsync("/billing");
        billing.Status.Should().Be(HttpStatusCode.Redirect);
        billing.RedirectedTo.Should().Contain("/Identity/Account/Login");
    }

    [Test]
    public async Task Usage_and_billing_is_in_the_user_menu()
    {
        using var player = await Player.SignUpAsync(_app);

        (await player.Browser.GetAsync("/")).Html.Should().Contain("href=\"/billing\">Usage and Billing</a>");
    }
}
