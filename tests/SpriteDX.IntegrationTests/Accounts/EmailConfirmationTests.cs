using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.Confirmation;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>Confirming the address at sign-up, asking again, and moving the account to a new address.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class EmailConfirmationTests
{
    private const string PublicUrl = "https://sprites.example";

    [Test]
    public async Task Sign_up_sends_one_welcome_message_whose_link_confirms_the_address()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = SpriteDxApp.Start([.. TestSmtpServer.Settings(smtp.Port), ("SpriteDX:PublicUrl", PublicUrl), ("AllowedHosts", "sprites.example;127.0.0.1")]);
        var email = Emails.Unique();
        using var browser = app.NewBrowser();

        (await browser.SignUpAsync(email)).RedirectedTo.Should().Be("/", "sign-up still signs in at once");

        var welcome = await smtp.MessageToAsync(email, AccountEmails.WelcomeSubject);
        welcome.TextBody.Should().Contain(PublicUrl + "/Identity/Account/ConfirmEmail?");
        welcome.HtmlBody.Should().Contain(PublicUrl + "/Identity/Account/ConfirmEmail?");
        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain("data-email-status=\"not-confirmed\"").And.Contain("Resend confirmation");

        var confirmed = await browser.GetAsync(LinkIn(welcome));

        confirmed.Html.Should().Contain("data-confirmation=\"confirmed\"");
        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain("data-email-status=\"confirmed\"").And.NotContain("Resend confirmation");
        using var elsewhere = app.NewBrowser();
        (await elsewhere.GetAsync(LinkIn(welcome))).Html.Should().Contain("data-confirmation=\"alreadyconfirmed\"", "a used link only says it is done");
    }

    [Test]
    public async Task A_duplicated_registration_notification_sends_no_second_welcome()
    {
        await using var app = SpriteDxApp.Start();
        var email = Emails.Unique();
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(email);
        var accountId = await app.AccountIdAsync(email);
        var delivered = await app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Inbox
            .Where(m => m.Handler == nameof(SendWelcomeOnAccountRegistered)).Select(m => m.MessageId).SingleAsync());

        await app.PublishAsync(new AccountRegistered(delivered, DateTimeOffset.UtcNow, accountId, email, false, false));

        (await SessionTests.QueuedAsync(app, email, AccountEmails.WelcomeSubject)).Should().Be(1);
    }

    [Test]
    public async Task A_tampered_expired_or_incomplete_link_is_refused_and_confirms_nothing()
    {
        await using var app = SpriteDxApp.Start(services =>
            services.Configure<EmailLinkTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.Zero));
        var email = Emails.Unique();
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(email);
        var welcome = await QueuedMessageAsync(app, email, AccountEmails.WelcomeSubject);
        var accountId = await app.AccountIdAsync(email);

        var expired = await browser.GetAsync(LinkIn(welcome));
        var tampered = await browser.GetAsync($"/Identity/Account/ConfirmEmail?userId={accountId}&code=forged-token");
        var incomplete = await browser.GetAsync("/Identity/Account/ConfirmEmail");
        var unknownAccount = await browser.GetAsync($"/Identity/Account/ConfirmEmail?userId={Guid.NewGuid()}&code=x");

        foreach (var page in new[] { expired, tampered, incomplete, unknownAccount })
        {
            page.Status.Should().Be(HttpStatusCode.OK);
            page.Html.Should().Contain("data-confirmation=\"linkrefused\"").And.Contain("has expired, was already used, or is incomplete");
        }

        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain("data-email-status=\"not-confirmed\"");
    }

    [Test]
    public async Task Resending_the_confirmation_is_limited_per_address()
    {
        await using var app = SpriteDxApp.Start(("Accounts:ConfirmationsPerAddressPerHour", "1"));
        var email = Emails.Unique();
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(email);

        var first = await ResendAsync(browser);
        var second = await ResendAsync(browser);

        first.RedirectedTo.Should().Be("/Identity/Account/Manage");
        second.Status.Should().Be(HttpStatusCode.OK);
        second.Errors().Should().ContainSingle().Which.Should().Contain("several links to this address in the last hour");
        (await SessionTests.QueuedAsync(app, email, AccountEmails.ConfirmationSubject)).Should().Be(1);
    }

    [Test]
    public async Task A_new_address_takes_effect_only_once_confirmed_and_the_old_address_is_told()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = SpriteDxApp.Start(TestSmtpServer.Settings(smtp.Port));
        var (oldEmail, newEmail) = (Emails.Unique(), Emails.Unique("moved"));
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(oldEmail);
        using var phone = app.NewBrowser();
        await phone.LogInAsync(oldEmail);

        var asked = await ChangeEmailAsync(browser, newEmail);

        asked.RedirectedTo.Should().Be("/Identity/Account/Manage/Email");
        var confirmation = await smtp.MessageToAsync(newEmail, AccountEmails.NewAddressSubject);
        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain(oldEmail, "nothing changes before the link is opened");

        var changed = await browser.GetAsync(LinkIn(confirmation));

        changed.Html.Should().Contain("data-confirmation=\"changed\"");
        (await smtp.MessageToAsync(oldEmail, AccountEmails.AddressChangedSubject)).TextBody.Should().Contain(newEmail);
        var account = await browser.GetAsync("/Identity/Account/Manage");
        account.Html.Should().Contain(newEmail).And.Contain("data-email-status=\"confirmed\"");
        (await phone.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized, "a new address ends the other sessions");
        using (var withOld = app.NewBrowser())
            (await withOld.LogInAsync(oldEmail)).RedirectedTo.Should().BeNull();
        using (var withNew = app.NewBrowser())
            (await withNew.LogInAsync(newEmail)).RedirectedTo.Should().Be("/");
        (await browser.GetAsync(LinkIn(confirmation))).Html.Should().Contain("data-confirmation=\"alreadyconfirmed\"");
        smtp.MessagesTo(oldEmail, AccountEmails.AddressChangedSubject).Should().ContainSingle();
    }

    [Test]
    public async Task An_address_of_another_account_is_refused_when_asked_and_when_confirmed()
    {
        await using var app = SpriteDxApp.Start();
        var (mine, theirs, later) = (Emails.Unique(), Emails.Unique("taken"), Emails.Unique("later"));
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(mine);
        using (var other = app.NewBrowser())
            await other.SignUpAsync(theirs);

        var refused = await ChangeEmailAsync(browser, theirs.ToUpperInvariant());
        var own = await ChangeEmailAsync(browser, mine);

        refused.Errors().Should().Contain("Another account already uses that address. Choose a different one.");
        own.Errors().Should().Contain("That is already your address.");
        (await SessionTests.QueuedAsync(app, theirs.ToUpperInvariant(), AccountEmails.NewAddressSubject)).Should().Be(0);

        await ChangeEmailAsync(browser, later);
        var link = LinkIn(await QueuedMessageAsync(app, later, AccountEmails.NewAddressSubject));
        using (var quicker = app.NewBrowser())
            await quicker.SignUpAsync(later);

        var taken = await browser.GetAsync(link);

        taken.Html.Should().Contain("data-confirmation=\"addresstaken\"");
        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain(mine);
    }

    [Test]
    public async Task A_change_link_edited_to_another_address_is_refused()
    {
        await using var app = SpriteDxApp.Start();
        var (mine, asked, edited) = (Emails.Unique(), Emails.Unique("asked"), Emails.Unique("edited"));
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(mine);
        await ChangeEmailAsync(browser, asked);
        var link = LinkIn(await QueuedMessageAsync(app, asked, AccountEmails.NewAddressSubject));

        var refused = await browser.GetAsync(link.Replace(Uri.EscapeDataString(asked), Uri.EscapeDataString(edited)));

        refused.Html.Should().Contain("data-confirmation=\"linkrefused\"");
        (await browser.GetAsync("/Identity/Account/Manage")).Html.Should().Contain(mine);
    }

    private static Task<TestBrowser.Page> ChangeEmailAsync(TestBrowser browser, string newEmail) =>
        browser.SubmitFormAsync("/Identity/Account/Manage/Email", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail });

    private static async Task<TestBrowser.Page> ResendAsync(TestBrowser browser)
    {
        var page = await browser.GetAsync("/Identity/Account/Manage");
        return await browser.PostAsync("/Identity/Account/Manage?handler=Resend",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
    }

    private static async Task<MimeMessage> QueuedMessageAsync(SpriteDxApp app, string to, string subject)
    {
        var text = await app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Mail
            .Where(m => m.To == to && m.Subject == subject).Select(m => m.TextBody).SingleAsync());
        return new MimeMessage { Body = new TextPart("plain") { Text = text } };
    }

    /// <summary>The confirmation link of a message, as a path on the app under test.</summary>
    private static string LinkIn(MimeMessage mail) => new Uri(ConfirmationLink().Match(mail.TextBody ?? "").Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/Identity/Account/ConfirmEmail\?\S+")]
    private static partial Regex ConfirmationLink();
}
