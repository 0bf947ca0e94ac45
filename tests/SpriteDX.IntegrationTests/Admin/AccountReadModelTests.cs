using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Features.ReadModel;
using SpriteDX.Modules.Credits.Contracts;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.IntegrationTests.Admin;

/// <summary>The admin's account list and page, kept current from the other modules' notifications alone.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed partial class AccountReadModelTests
{
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;
    private AdminConsole _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
        _admin = await AdminConsole.SignInAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task Sign_up_spends_and_purchases_show_in_the_list_and_on_the_account_page()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var row = await RowEventuallyAsync(buyer.AccountId, r => r.Contains("data-balance>100<"));
        row.Should().Contain("pill-live-mode").And.Contain("Never", "the new account has not opened a page yet");
        await buyer.Browser.GetAsync("/");
        await RowEventuallyAsync(buyer.AccountId, r => !r.Contains("Never")); // its first signed-in request counts as being seen

        var generationId = Guid.NewGuid();
        await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, generationId, buyer.AccountId, 10));
        await _app.PublishAsync(new GenerationSucceeded(Guid.NewGuid(), DateTimeOffset.UtcNow, generationId, buyer.AccountId));
        var session = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(session);
        await buyer.ReturnFromCheckoutAsync(session);

        row = await RowEventuallyAsync(buyer.AccountId, r => r.Contains("data-balance>590<") && r.Contains("data-purchases-total>$5.00<"));
        var page = await _admin.AccountPageAsync(buyer.AccountId);
        page.Html.Should().Contain("data-account-balance>590<");
        LedgerKinds(page.Html).Should().Equal("purchase", "spend", "signup_bonus");
        page.Html.Should().Contain($"data-generation=\"{generationId}\" data-generation-status=\"succeeded\"")
            .And.Contain("data-purchase-status=\"paid\" data-purchase-mode=\"live\"");
    }

    // Seen by the simulator (seed 1, 32 steps: Admin 100, Credits 90); see AccountOverviewTests for the race.
    [Test]
    public async Task Balances_announced_with_clocks_out_of_commit_order_end_at_the_last_committed_one()
    {
        var accountId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await _app.PublishAsync(new AccountRegistered(Guid.NewGuid(), now, accountId, $"clock-{accountId:n}@example.com", false, false));

        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), now.AddMilliseconds(5), accountId, 10, 100, 0, "spend_released", "Sprite generation", BalanceVersion: 2));
        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), now, accountId, -10, 90, 0, "spend", "Sprite generation", BalanceVersion: 3));
        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), now.AddMilliseconds(9), accountId, 10, 100, 0, "spend_released", "A late redelivery", BalanceVersion: 2));

        await RowEventuallyAsync(accountId, r => r.Contains("data-balance>90<"));
        (await _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().BillingAccounts.Where(a => a.AccountId == accountId)
            .Select(a => a.Balance).SingleAsync())).Should().Be(90, "Payments keeps the newest balance for receipts and top-ups by the same rule");
    }

    // Seen by the simulator on PostgreSQL (seed 412, two hosts: Admin 10 credits above Credits): the host that read the
    // account first saved last, over a newer balance the other host had committed in between.
    [Test]
    public async Task A_balance_announced_from_a_stale_read_does_not_save_over_a_newer_one_committed_meanwhile()
    {
        var accountId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await _app.PublishAsync(new AccountRegistered(Guid.NewGuid(), now, accountId, $"stale-{accountId:n}@example.com", false, false));
        await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), now, accountId, 100, 100, 0, "signup_bonus", "Welcome bonus", BalanceVersion: 1));

        await _app.WithScopeAsync(async services =>
        {
            var admin = services.GetRequiredService<AdminDbContext>();
            (await admin.Accounts.FindAsync(accountId))!.BalanceVersion.Should().Be(1, "this host has read the account at version 1");
            await _app.PublishAsync(new CreditBalanceChanged(Guid.NewGuid(), now.AddMilliseconds(2), accountId, -10, 80, 0, "spend", "Sprite generation", BalanceVersion: 3));
            var handler = services.GetRequiredService<RecordBalanceOnCreditBalanceChanged>(); // on this scope's context, with its stale read
            await handler.Handle(new CreditBalanceChanged(Guid.NewGuid(), now.AddMilliseconds(1), accountId, -10, 90, 0, "spend", "Sprite generation", BalanceVersion: 2), default);
            return true;
        });

        (await _app.WithScopeAsync(services => services.GetRequiredService<AdminDbContext>().Accounts.Where(a => a.AccountId == accountId)
            .Select(a => new { a.Balance, a.BalanceVersion }).SingleAsync())).Should().BeEquivalentTo(new { Balance = 80L, BalanceVersion = 3L });
        await RowEventuallyAsync(accountId, r => r.Contains("data-balance>80<"));
    }

    // The same race as above, for the refunded amount: each host added its refund to the amount it had read.
    [Test]
    public async Task Two_refunds_of_one_purchase_handled_at_once_are_both_counted()
    {
        var (accountId, purchaseId) = (Guid.NewGuid(), Guid.NewGuid());
        await _app.PublishAsync(new AccountRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, accountId, $"refunds-{accountId:n}@example.com", false, false));
        await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, purchaseId, accountId, "pack-1000", "1,000 credits", 1000, 1000, "usd", Livemode: true));

        await _app.WithScopeAsync(async services =>
        {
            var admin = services.GetRequiredService<AdminDbContext>();
            (await admin.Purchases.FindAsync(purchaseId))!.RefundedMinor.Should().Be(0, "this host has read the purchase before any refund");
            await _app.PublishAsync(new PurchaseRefunded(Guid.NewGuid(), DateTimeOffset.UtcNow, purchaseId, accountId, "re_first", 200, 200, "usd"));
            var handler = services.GetRequiredService<RecordRefundOnPurchaseRefunded>(); // on this scope's context, with its stale read
            await handler.Handle(new PurchaseRefunded(Guid.NewGuid(), DateTimeOffset.UtcNow, purchaseId, accountId, "re_second", 300, 300, "usd"), default);
            return true;
        });

        (await _app.WithScopeAsync(services => services.GetRequiredService<AdminDbContext>().Purchases.Where(p => p.PurchaseId == purchaseId)
            .Select(p => p.RefundedMinor).SingleAsync())).Should().Be(500);
    }

    [Test]
    public async Task An_account_with_only_test_purchases_shows_their_count_and_no_live_total()
    {
        var accountId = Guid.NewGuid();
        await _app.PublishAsync(new AccountRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, accountId, $"tester-{accountId:n}@example.com", false, false));
        for (var i = 0; i < 2; i++)
            await _app.PublishAsync(new PurchaseCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), accountId, "pack-500", "500 credits", 500, 500, "usd", Livemode: false));

        var row = await RowEventuallyAsync(accountId, r => r.Contains("2 test"));

        var purchases = Regex.Match(row, "data-label=\"Purchases\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Regex.Replace(purchases, "<[^>]+>|\\s+", " ").Trim().Should().Be("2 test", "there is no live total to add them to");
    }

    [Test]
    public async Task Test_credits_are_shown_apart_from_live_ones_and_test_purchases_are_never_revenue()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var live = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(live);
        await buyer.BalanceEventuallyAsync(600);
        await buyer.BecomeTestBillingAccountAsync();
        var test = await buyer.StartCheckoutAsync("pack-1200");
        test.Should().StartWith("cs_test_");
        await _stripe.PaidAsync(test);
        await buyer.BalanceEventuallyAsync(1800);

        // Wholly from test credits: the one-command reservation, whose notification is completed by its SQL.
        await _app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), buyer.AccountId, 10));

        var html = "";
        await Polling.UntilAsync(async () => (html = (await _admin.AccountPageAsync(buyer.AccountId)).Html).Contains("data-account-balance>1,790<"),
            because: "the admin page to learn the spend");
        html.Should().Contain("data-account-test-balance=\"1190\"").And.Contain("data-account-live-balance=\"600\"");
        Regex.Match(html, "data-account-revenue>([^<]*)<").Groups[1].Value.Should().Be("$5.00", "only the live purchase is revenue");
        Regex.Replace(Regex.Match(html, "(?s)<span class=\"stat-split\" data-account-test-purchases>(.*?)</span>\\s*</div>").Groups[1].Value, "(<[^>]+>|\\s)+", " ")
            .Trim().Should().Be("Test mode 1 purchase, $10.00: not revenue");
        LedgerLines(html).Should().Equal(("spend", "-10", true), ("purchase", "1200", true), ("purchase", "0", false), ("signup_bonus", "0", false));
        var row = await RowEventuallyAsync(buyer.AccountId, r => r.Contains("1 test"));
        Regex.Match(row, "data-purchases-total>([^<]*)<").Groups[1].Value.Should().Be("$5.00");
    }

    [Test]
    public async Task Two_address_changes_delivered_out_of_order_show_the_newer_address()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await RowEventuallyAsync(buyer.AccountId, r => r.Contains(buyer.Email));
        var (second, third) = ("second-" + buyer.Email, "third-" + buyer.Email);
        var firstChange = DateTimeOffset.UtcNow;

        await _app.PublishAsync(new AccountEmailChanged(Guid.NewGuid(), firstChange.AddSeconds(1), buyer.AccountId, second, third));
        await _app.PublishAsync(new AccountEmailChanged(Guid.NewGuid(), firstChange, buyer.AccountId, buyer.Email, second));

        var row = await RowEventuallyAsync(buyer.AccountId, r => r.Contains(third) || r.Contains(second));
        row.Should().Contain(third, "the change announced last wins, whatever order it arrives in");
    }

    [Test]
    public async Task Search_finds_an_account_by_email_fragment_in_any_case_or_by_exact_id()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var email = await EmailOfAsync(buyer.AccountId);

        var byFragment = await _admin.Browser.GetAsync("/admin/accounts?q=" + Uri.EscapeDataString(email[..^14].ToUpperInvariant()));
        var byId = await _admin.Browser.GetAsync($"/admin/accounts?q={buyer.AccountId}");
        var nothing = await _admin.Browser.GetAsync("/admin/accounts?q=nobody-has-this-address");

        AccountIds(byFragment.Html).Should().Equal(buyer.AccountId);
        AccountIds(byId.Html).Should().Equal(buyer.AccountId);
        byId.Html.Should().Contain($"href=\"/admin/accounts/{buyer.AccountId}\"");
        nothing.Status.Should().Be(HttpStatusCode.OK);
        nothing.Html.Should().Contain("data-empty=\"no-match\"").And.Contain("No account matches");
    }

    [Test]
    public async Task The_list_sorts_and_pages_by_keyset()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await _app.PublishAsync(new AccountRegistered(Guid.NewGuid(), start.AddMinutes(i), id, $"pager-{tag}-{i:00}@example.com", false, false));
        }

        await Polling.UntilAsync(async () => AccountIds((await _admin.Browser.GetAsync($"/admin/accounts?q=pager-{tag}&sort=email")).Html).Count == 25,
            because: "the first page to fill");
        (await _admin.AdjustCreditsAsync(ids[7], "50")).Status.Should().Be(HttpStatusCode.Redirect);

        var byEmail = await _admin.Browser.GetAsync($"/admin/accounts?q=pager-{tag}&sort=email");
        AccountIds(byEmail.Html).Should().Equal(ids.Take(25));
        var next = NextPage().Match(byEmail.Html).Groups[1].Value;
        var secondPage = await _admin.Browser.GetAsync(WebUtility.HtmlDecode(next));
        AccountIds(secondPage.Html).Should().Equal(ids.Skip(25));
        NextPage().IsMatch(secondPage.Html).Should().BeFalse("the last page has no next page");

        var byCreated = await _admin.Browser.GetAsync($"/admin/accounts?q=pager-{tag}&sort=created");
        AccountIds(byCreated.Html).Should().Equal(Enumerable.Reverse(ids).Take(25), "the newest account comes first");

        await Polling.UntilAsync(async () => AccountIds((await _admin.Browser.GetAsync($"/admin/accounts?q=pager-{tag}&sort=balance")).Html)[0] == ids[7],
            because: "the granted account to lead the balance order");
    }

    private async Task<string> RowEventuallyAsync(Guid accountId, Func<string, bool> condition)
    {
        var row = "";
        await Polling.UntilAsync(async () =>
        {
            var list = await _admin.Browser.GetAsync($"/admin/accounts?q={accountId}");
            row = AccountRow().Match(list.Html).Value;
            return condition(row);
        }, because: $"the admin list to show account {accountId} as expected (last row: {row})");
        return row;
    }

    private async Task<string> EmailOfAsync(Guid accountId)
    {
        var row = await RowEventuallyAsync(accountId, r => r.Contains("class=\"account-email\""));
        return Regex.Match(row, "class=\"account-email\">([^<]+)<").Groups[1].Value;
    }

    private static IReadOnlyList<Guid> AccountIds(string html) => AccountIdAttribute().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The page's ledger lines, newest first: kind, the test credits moved, and whether the line is marked test.</summary>
    private static IReadOnlyList<(string Kind, string TestDelta, bool Test)> LedgerLines(string html) =>
        Regex.Matches(html, "(?s)<tr data-ledger-kind=\"([a-z_]+)\" data-ledger-test-delta=\"(-?[0-9]+)\">(.*?)</tr>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Contains("data-ledger-test>"))).ToList();

    private static IReadOnlyList<string> LedgerKinds(string html) => Regex.Matches(html, "data-ledger-kind=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""<tr data-account="([0-9a-f-]+)">""")]
    private static partial Regex AccountIdAttribute();

    [GeneratedRegex("""(?s)<tr data-account="[0-9a-f-]+">.*?</tr>""")]
    private static partial Regex AccountRow();

    [GeneratedRegex("""href="([^"]+)" rel="next">Next page""")]
    private static partial Regex NextPage();
}
