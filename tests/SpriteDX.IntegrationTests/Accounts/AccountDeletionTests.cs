using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Host.Composition;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Admin.Contracts;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Storage;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>"Delete my account": the person is gone from every module, the books are not, and the bonus stays once per address.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class AccountDeletionTests
{
    private const string DeletePage = "/Identity/Account/Manage/Delete";
    private const string AdminReason = "Goodwill for Jane Doe, who phoned on 2026-12-01";

    [Test]
    public async Task A_wrong_password_deletes_nothing_and_says_so()
    {
        await using var app = SpriteDxApp.Start();
        using var person = app.NewBrowser();
        var email = Emails.Unique();
        await person.SignUpAsync(email);

        var refused = await DeleteAsync(person, "not-my-password-1");

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Errors().Should().Contain("That is not your password. Nothing was deleted.");
        (await person.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK);
        (await app.AccountIdAsync(email)).Should().NotBeEmpty();
    }

    [Test]
    public async Task Deleting_erases_the_person_in_every_module_keeps_the_books_signs_out_everywhere_and_says_goodbye_once()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = SpriteDxApp.Start([.. TestSmtpServer.Settings(smtp.Port), ("Billing:Enabled", "true")]);
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        await stripe.PaidAsync(await buyer.StartCheckoutAsync());
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await app.PublishAsync(new CreditsAdjustedByAdmin(
            Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), buyer.AccountId, 25, AdminReason, Guid.NewGuid(), SpriteDxApp.AdminEmail));
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500 + 25);
        var generationId = await buyer.Browser.SucceededGenerationAsync("a brave knight with a red shield");
        var email = await EmailOfAsync(app, buyer.AccountId);
        using var copied = app.CopyOf(buyer.Browser);
        using var phone = app.NewBrowser();
        await phone.LogInAsync(email);

        var deleted = await DeleteAsync(buyer.Browser, TestBrowser.Password);

        deleted.RedirectedTo.Should().Be("/");
        foreach (var browser in new[] { buyer.Browser, copied, phone })
            (await browser.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized);
        using (var again = app.NewBrowser())
            (await again.LogInAsync(email)).RedirectedTo.Should().BeNull("the account and its password are gone");

        await Polling.UntilAsync(() => app.WithScopeAsync(async services =>
            (await services.GetRequiredService<AdminDbContext>().Accounts.SingleAsync(a => a.AccountId == buyer.AccountId)).Email.StartsWith("deleted account", StringComparison.Ordinal)),
            because: "every module to have reacted to AccountDeleted");
        await app.WithScopeAsync(async services =>
        {
            var accounts = services.GetRequiredService<AccountsDbContext>();
            (await accounts.Users.AnyAsync(u => u.Id == buyer.AccountId)).Should().BeFalse();
            (await accounts.Sessions.AnyAsync(s => s.AccountId == buyer.AccountId)).Should().BeFalse();
            (await accounts.UserTokens.AnyAsync(t => t.UserId == buyer.AccountId)).Should().BeFalse();

            var generation = await services.GetRequiredService<GenerationDbContext>().Generations.AsNoTracking().SingleAsync(g => g.Id == generationId);
            generation.Prompt.Should().BeEmpty();
            generation.Description.Should().BeNull();
            generation.Subject.Should().BeNull();
            generation.Cost.Should().BeGreaterThan(0, "the generation's cost stays: the ledger names it");
            (await services.GetRequiredService<ISpriteStore>().ReadAsync(buyer.AccountId, generationId, CancellationToken.None)).Should().BeNull();

            var ledger = await services.GetRequiredService<CreditsDbContext>().Ledger.AsNoTracking().Where(l => l.AccountId == buyer.AccountId).ToListAsync();
            ledger.Sum(l => l.Amount).Should().Be(Buyer.SignupBonus + 500 + 25 - generation.Cost, "the books keep every amount");
            ledger.Should().NotContain(l => l.Description.Contains("Jane Doe"));

            var payments = services.GetRequiredService<PaymentsDbContext>();
            (await payments.BillingAccounts.SingleAsync(a => a.AccountId == buyer.AccountId)).Email.Should().BeNull();
            var purchase = await payments.Purchases.AsNoTracking().SingleAsync(p => p.AccountId == buyer.AccountId);
            purchase.CheckoutSessionId.Should().NotBeNull("Stripe ids stay for refunds and the books");
            purchase.AmountMinor.Should().BePositive();
            purchase.PaymentMethod.Should().BeNull();

            var admin = services.GetRequiredService<AdminDbContext>();
            (await admin.Accounts.SingleAsync(a => a.AccountId == buyer.AccountId)).Email.Should().NotContain("@");
            (await admin.Ledger.AnyAsync(l => l.AccountId == buyer.AccountId && l.Description.Contains("Jane Doe"))).Should().BeFalse();
            return true;
        });

        await using (var output = new StringWriter())
            (await IntegrityCommand.RunAsync(app.Services, output, CancellationToken.None)).Should().Be(0, output.ToString());

        await app.PublishAsync(new AccountDeleted(Guid.NewGuid(), DateTimeOffset.UtcNow, buyer.AccountId)); // a redelivery changes nothing
        (await smtp.MessageToAsync(email, AccountEmails.AccountDeletedSubject)).TextBody.Should().Contain("deleted");
        (await SessionTests.QueuedAsync(app, email, AccountEmails.AccountDeletedSubject)).Should().Be(1);
        smtp.MessagesTo(email, AccountEmails.AccountDeletedSubject).Should().ContainSingle();
    }

    [Test]
    public async Task The_address_of_a_deleted_account_signs_up_again_as_a_new_account_without_a_second_bonus()
    {
        await using var app = SpriteDxApp.Start();
        var email = Emails.Unique();
        using var first = app.NewBrowser();
        await first.SignUpAsync(email);
        var firstId = await app.AccountIdAsync(email);
        (await DeleteAsync(first, TestBrowser.Password)).RedirectedTo.Should().Be("/");

        using var second = app.NewBrowser();
        (await second.GetAsync("/Identity/Account/Register")).Html.Should().Contain("once per e-mail address");
        (await second.SignUpAsync(email.ToUpperInvariant())).RedirectedTo.Should().Be("/");

        (await app.AccountIdAsync(email)).Should().NotBe(firstId);
        (await second.GetAsync("/")).Html.Should().Contain("Welcome back");
        JsonDocument.Parse((await second.GetAsync("/api/credits/balance")).Html).RootElement.GetProperty("balance").GetInt64()
            .Should().Be(0, "the sign-up bonus is once per address");
    }

    [Test]
    public async Task Two_deletions_of_one_account_at_the_same_moment_both_end_well_and_say_goodbye_once()
    {
        await using var app = SpriteDxApp.Start();
        using var tab = app.NewBrowser();
        var email = Emails.Unique();
        await tab.SignUpAsync(email);
        using var otherTab = app.CopyOf(tab);
        var forms = await Task.WhenAll(tab.GetAsync(DeletePage), otherTab.GetAsync(DeletePage));

        var answers = await Task.WhenAll(
            tab.PostAsync(DeletePage, new Dictionary<string, string> { ["Password"] = TestBrowser.Password, ["__RequestVerificationToken"] = forms[0].AntiforgeryToken() }),
            otherTab.PostAsync(DeletePage, new Dictionary<string, string> { ["Password"] = TestBrowser.Password, ["__RequestVerificationToken"] = forms[1].AntiforgeryToken() }));

        answers.Select(a => a.Status).Should().AllSatisfy(status => status.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.OK));
        answers.Should().Contain(a => a.RedirectedTo == "/");
        (await SessionTests.QueuedAsync(app, email, AccountEmails.AccountDeletedSubject)).Should().Be(1);
    }

    [Test]
    public async Task An_address_change_still_on_its_way_when_the_account_is_deleted_does_not_bring_the_address_back()
    {
        await using var app = SpriteDxApp.Start();
        using var person = app.NewBrowser();
        var email = Emails.Unique();
        await person.SignUpAsync(email);
        var accountId = await app.AccountIdAsync(email);
        var changedBeforeDeletion = DateTimeOffset.UtcNow;
        await DeleteAsync(person, TestBrowser.Password);
        await Polling.UntilAsync(() => app.WithScopeAsync(async services =>
            await services.GetRequiredService<PaymentsDbContext>().BillingAccounts.AnyAsync(a => a.AccountId == accountId && a.Email == null)
            && await services.GetRequiredService<AdminDbContext>().Accounts.AnyAsync(a => a.AccountId == accountId && !a.Email.Contains("@"))),
            because: "Payments and Admin to have reacted to AccountDeleted");

        // Delivered late (a retry after a handler failed, say): it was announced before the deletion.
        await app.PublishAsync(new AccountEmailChanged(Guid.NewGuid(), changedBeforeDeletion, accountId, email, "new-" + email));

        await app.WithScopeAsync(async services =>
        {
            (await services.GetRequiredService<PaymentsDbContext>().BillingAccounts.AsNoTracking().SingleAsync(a => a.AccountId == accountId))
                .Email.Should().BeNull();
            (await services.GetRequiredService<AdminDbContext>().Accounts.AsNoTracking().SingleAsync(a => a.AccountId == accountId))
                .Email.Should().StartWith("deleted account");
            return true;
        });
    }

    [Test]
    public async Task The_last_admin_cannot_delete_their_account()
    {
        await using var app = SpriteDxApp.Start();
        using var admin = app.NewBrowser();
        await admin.SignUpAsync(SpriteDxApp.AdminEmail);

        var refused = await DeleteAsync(admin, TestBrowser.Password);

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Errors().Should().ContainSingle(e => e.StartsWith("You are the only admin.", StringComparison.Ordinal));
        (await app.AccountIdAsync(SpriteDxApp.AdminEmail)).Should().NotBeEmpty();
        (await admin.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK, "still signed in");
    }

    private static Task<TestBrowser.Page> DeleteAsync(TestBrowser browser, string password) =>
        browser.SubmitFormAsync(DeletePage, new Dictionary<string, string> { ["Password"] = password });

    private static Task<string> EmailOfAsync(SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Users.Where(u => u.Id == accountId).Select(u => u.Email!).SingleAsync());
}
