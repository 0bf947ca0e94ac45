using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.IntegrationTests.Mail;

[Parallelizable(ParallelScope.Self)]
public sealed partial class PasswordResetTests
{
    private const string NewPassword = "fresh-sprites-7";
    private const string PublicUrl = "https://sprites.example";
    private const string ResetSubject = "Reset your SpriteDX password";

    [Test]
    public async Task A_reset_link_arrives_by_smtp_on_the_public_address_and_works_once()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = SpriteDxApp.Start(
            [.. TestSmtpServer.Settings(smtp.Port), ("SpriteDX:PublicUrl", PublicUrl), ("AllowedHosts", "sprites.example;127.0.0.1")]);
        var email = Emails.Unique();
        using (var signUp = app.NewBrowser())
            await signUp.SignUpAsync(email);
        using var elsewhere = app.NewBrowser();
        await elsewhere.LogInAsync(email);
        using var browser = app.NewBrowser();

        var asked = await AskForResetAsync(browser, email);

        asked.Html.Should().Contain("data-reset-requested");
        var mail = await smtp.MessageToAsync(email, ResetSubject);
        mail.TextBody.Should().Contain(PublicUrl + "/Identity/Account/ResetPassword?");
        mail.HtmlBody.Should().Contain(PublicUrl + "/Identity/Account/ResetPassword?").And.NotContain("127.0.0.1");
        var link = ResetLink(mail);

        var reset = await ResetAsync(browser, link);
        reset.RedirectedTo.Should().Be("/");
        (await browser.GetAsync("/")).Html.Should().Contain(email);
        (await elsewhere.GetAsync("/")).Html.Should().NotContain(email, "the reset ends the account's other sessions");

        using var again = app.NewBrowser();
        var reused = await ResetAsync(again, link, "another-pass-9");
        reused.Status.Should().Be(HttpStatusCode.OK);
        reused.Html.Should().Contain("expired, was already used");
        using var signIn = app.NewBrowser();
        (await signIn.LogInAsync(email, NewPassword)).RedirectedTo.Should().Be("/");
    }

    [Test]
    public async Task With_a_public_url_a_request_for_another_host_is_refused()
    {
        await using var app = SpriteDxApp.Start(("SpriteDX:PublicUrl", "http://127.0.0.1"));
        using var browser = app.NewBrowser();
        browser.Client.DefaultRequestHeaders.Host = "evil.example";

        var forgot = await browser.GetAsync("/Identity/Account/ForgotPassword");

        forgot.Status.Should().Be(HttpStatusCode.BadRequest);
        forgot.Html.Should().NotContain("evil.example");
    }

    [Test]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        using var smtp = TestSmtpServer.Start();
        await using var app = SpriteDxApp.Start(TestSmtpServer.Settings(smtp.Port));
        var known = Emails.Unique();
        using (var signUp = app.NewBrowser())
            await signUp.SignUpAsync(known);
        using var browser = app.NewBrowser();
        var unknown = Emails.Unique("nobody");

        var forUnknown = await AskForResetAsync(browser, unknown);
        var forKnown = await AskForResetAsync(browser, known);

        forUnknown.Status.Should().Be(forKnown.Status);
        Answer(forUnknown.Html.Replace(unknown, "ADDRESS")).Should().Be(Answer(forKnown.Html.Replace(known, "ADDRESS")));
        await smtp.MessageToAsync(known, ResetSubject);
        smtp.Received.Should().NotContain(m => m.To.Mailboxes.Any(b => b.Address == unknown));
        (await QueuedToAsync(app, unknown)).Should().Be(0);
    }

    [Test]
    public async Task A_tampered_link_is_refused_with_a_clear_message()
    {
        await using var app = SpriteDxApp.Start();
        var email = Emails.Unique();
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(email);

        var refused = await ResetAsync(browser, $"/Identity/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code=forged-token");

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Html.Should().Contain("expired, was already used");
    }

    [Test]
    public async Task Mail_for_an_smtp_server_that_is_down_is_retried_and_delivered_when_it_is_back()
    {
        var port = TestSmtpServer.FreePort();
        await using var app = SpriteDxApp.Start(
            [.. TestSmtpServer.Settings(port), ("Email:FirstRetryDelay", "00:00:00.200"), ("Email:MaxRetryDelay", "00:00:00.500")]);
        var email = Emails.Unique();
        using var browser = app.NewBrowser();
        await browser.SignUpAsync(email);

        var asked = await AskForResetAsync(browser, email);

        asked.Html.Should().Contain("data-reset-requested", "a down SMTP server never fails the request");
        await Polling.UntilAsync(async () => (await QueueRowAsync(app, email)) is { Attempts: > 0, SentAt: null });
        using var smtp = TestSmtpServer.Start(port);
        (await smtp.MessageToAsync(email, ResetSubject)).Should().NotBeNull();
        await Polling.UntilAsync(async () => (await QueueRowAsync(app, email))?.SentAt is not null);
    }

    [Test]
    public async Task Without_smtp_mail_lands_in_the_pickup_directory_and_the_mailbox_page_renders_it()
    {
        await using var app = SpriteDxApp.Start();
        using var admin = app.NewBrowser();
        await admin.SignUpAsync(SpriteDxApp.AdminEmail);
        using var visitor = app.NewBrowser();
        await AskForResetAsync(visitor, SpriteDxApp.AdminEmail);
        await Polling.UntilAsync(() => Task.FromResult(ResetFile(app) is not null));

        var mailbox = await admin.GetAsync("/debug/mail");

        mailbox.Status.Should().Be(HttpStatusCode.OK);
        mailbox.Html.Should().Contain("data-mailbox").And.Contain("Reset your SpriteDX password");
        var opened = await admin.GetAsync("/debug/mail?message=" + Uri.EscapeDataString(Path.GetFileName(ResetFile(app)!)));
        opened.Html.Should().Contain("data-mail-html").And.Contain("/Identity/Account/ResetPassword?");
        var frame = await admin.GetAsync(WebUtility.HtmlDecode(FrameSource().Match(opened.Html).Groups[1].Value));
        frame.Status.Should().Be(HttpStatusCode.OK);
        frame.Html.Should().Contain("Choose a new password");
        frame.Response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("sandbox").And.Contain("default-src 'none'");
        (await frame.Response.Content.ReadAsStringAsync()).Should().NotContain("<script");
        using var someoneElse = app.NewBrowser();
        await someoneElse.SignUpAsync(Emails.Unique());
        (await someoneElse.GetAsync("/debug/mail")).Status.Should().NotBe(HttpStatusCode.OK, "only admins read the mailbox outside Development");
    }

    [Test]
    public async Task A_line_break_in_the_address_is_refused_and_sends_nothing()
    {
        await using var app = SpriteDxApp.Start();
        using var browser = app.NewBrowser();
        var injected = Emails.Unique() + "\r\nBcc: everyone@example.com";

        var signedUp = await browser.SignUpAsync(injected);
        var asked = await AskForResetAsync(browser, injected);

        signedUp.Status.Should().Be(HttpStatusCode.OK);
        signedUp.Html.Should().Contain("Enter a valid email address.");
        asked.Status.Should().Be(HttpStatusCode.OK);
        asked.Html.Should().Contain("Enter a valid email address.").And.NotContain("data-reset-requested");
        (await app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Mail.CountAsync())).Should().Be(0);
    }

    private static Task<TestBrowser.Page> AskForResetAsync(TestBrowser browser, string email) =>
        browser.SubmitFormAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });

    private static async Task<TestBrowser.Page> ResetAsync(TestBrowser browser, string link, string password = NewPassword)
    {
        var form = await browser.GetAsync(link);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://app"), link).Query);
        return await browser.PostAsync("/Identity/Account/ResetPassword", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
            ["Input.Email"] = query["email"]!,
            ["Input.Code"] = query["code"]!,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    /// <summary>The reset message in the pickup directory (the admin's welcome message lies beside it).</summary>
    private static string? ResetFile(SpriteDxApp app)
    {
        var folder = Path.Combine(app.DataDirectory, "mail");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").SingleOrDefault(file => MimeMessage.Load(file).Subject == ResetSubject)
            : null;
    }

    private static string ResetLink(MimeMessage mail) => new Uri(LinkInText().Match(mail.TextBody ?? "").Value).PathAndQuery;

    private static string Answer(string html) => AnswerSection().Match(html).Value;

    private static Task<int> QueuedToAsync(SpriteDxApp app, string email) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Mail.CountAsync(m => m.To == email));

    private static Task<QueuedEmail?> QueueRowAsync(SpriteDxApp app, string email) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Mail.AsNoTracking().SingleOrDefaultAsync(m => m.To == email && m.Subject == ResetSubject));

    [GeneratedRegex(@"https?://\S+/Identity/Account/ResetPassword\?\S+")]
    private static partial Regex LinkInText();

    [GeneratedRegex(@"<section class=""auth"">[\s\S]*?</section>")]
    private static partial Regex AnswerSection();

    [GeneratedRegex(@"<iframe[^>]*src=""([^""]+)""")]
    private static partial Regex FrameSource();
}
