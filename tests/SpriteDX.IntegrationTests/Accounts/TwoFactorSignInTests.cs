using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>Two-factor sign-in with an authenticator app, and the rule that admins must use it (Admin:RequireTwoFactor=true).</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class TwoFactorSignInTests
{
    private static readonly string[] AdminPages = ["/admin/accounts", "/admin/jobs", "/debug/purchase", "/debug/mail"];

    private SpriteDxApp _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = SpriteDxApp.Start(
        ("Admin:RequireTwoFactor", "true"),
        ("Admin:BootstrapEmails", string.Join(",", Enumerable.Range(1, 8).Select(AdminEmail))));

    [OneTimeTearDown]
    public async Task StopApp() => await _app.DisposeAsync();

    private static string AdminEmail(int n) => $"boss{n}@spritedx.test";

    [Test]
    public async Task An_admin_without_two_factor_is_sent_to_set_it_up_from_every_admin_and_debug_page()
    {
        using var admin = _app.NewBrowser();

        var signedUp = await admin.SignUpAsync(AdminEmail(1));

        signedUp.RedirectedTo.Should().Be(TwoFactorKit.SetupFor("/"), "the bootstrap admin is guided through it on first sign-in");
        foreach (var page in AdminPages)
        {
            var answer = await admin.GetAsync(page);
            answer.Status.Should().Be(HttpStatusCode.Redirect, page);
            answer.RedirectedTo.Should().Be(TwoFactorKit.SetupFor(page));
        }

        var setup = await admin.GetAsync(TwoFactorKit.SetupFor("/admin/accounts"));
        setup.Html.Should().Contain("data-admin-two-factor-required").And.Contain("Admins sign in with two factors");
        setup.Html.Should().Contain("data:image/png;base64,", "the QR code is drawn by the app itself");
        setup.Html.Should().Contain($"otpauth://totp/SpriteDX:{Uri.EscapeDataString(AdminEmail(1))}?secret=")
            .And.Contain("&amp;issuer=SpriteDX&amp;digits=6");
        TwoFactorKit.SharedKey(setup.Html).Should().MatchRegex("^[a-z2-7]{16,}$");
    }

    [Test]
    public async Task Once_enrolled_the_admin_continues_to_the_page_they_asked_for_and_reaches_every_admin_page()
    {
        using var admin = _app.NewBrowser();
        await admin.SignUpAsync(AdminEmail(2));
        var blocked = await admin.GetAsync("/admin/accounts?sort=email");

        var enrolment = await TwoFactorKit.EnrolAsync(admin, returnUrl: "/admin/accounts?sort=email");

        enrolment.RecoveryCodes.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        enrolment.ContinueUrl.Should().Be("/admin/accounts?sort=email");
        blocked.RedirectedTo.Should().Be(TwoFactorKit.SetupFor("/admin/accounts?sort=email"));
        foreach (var page in AdminPages)
            (await admin.GetAsync(page)).Status.Should().Be(HttpStatusCode.OK, page);
        (await admin.GetAsync(TwoFactorKit.Overview)).Html.Should().Contain("data-two-factor-status=\"on\"").And.Contain("10 of 10");
    }

    [Test]
    public async Task Logging_in_then_asks_for_the_code_and_a_wrong_code_counts_as_a_failed_attempt()
    {
        var email = AdminEmail(3);
        var enrolment = await EnrolledAsync(email);
        using var browser = _app.NewBrowser();

        var password = await browser.LogInAsync(email);
        password.RedirectedTo.Should().Be($"{TwoFactorKit.CodeStep}?returnUrl=%2F&rememberMe=False");
        (await browser.GetAsync("/admin/accounts")).RedirectedTo.Should().Contain("/Identity/Account/Login?", "the password alone signs nobody in");

        var wrong = await browser.SubmitFormAsync(password.RedirectedTo!, new Dictionary<string, string> { ["Input.Code"] = Totp.Wrong(enrolment.Key) });
        wrong.Status.Should().Be(HttpStatusCode.OK);
        wrong.Errors().Should().Contain("That code is not right. Enter the six digits your app shows now for SpriteDX.");
        (await FailedAttemptsAsync(email)).Should().Be(1);

        var right = await browser.SubmitFormAsync(password.RedirectedTo!, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(enrolment.Key) });
        right.RedirectedTo.Should().Be("/");
        (await browser.GetAsync("/admin/accounts")).Status.Should().Be(HttpStatusCode.OK);
        (await FailedAttemptsAsync(email)).Should().Be(0, "a successful sign-in clears the count");
    }

    [Test]
    public async Task Wrong_codes_lock_the_account_as_wrong_passwords_do()
    {
        var email = AdminEmail(4);
        var enrolment = await EnrolledAsync(email);
        using var browser = _app.NewBrowser();
        var password = await browser.LogInAsync(email);

        TestBrowser.Page answer = null!;
        for (var attempt = 0; attempt < 10; attempt++)
            answer = await browser.SubmitFormAsync(password.RedirectedTo!, new Dictionary<string, string> { ["Input.Code"] = Totp.Wrong(enrolment.Key) });

        answer.Errors().Should().ContainSingle().Which.Should().StartWith("Too many failed attempts. This account is locked");
        var evenRight = await browser.SubmitFormAsync(password.RedirectedTo!, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(enrolment.Key) });
        evenRight.Status.Should().Be(HttpStatusCode.OK);
        evenRight.Errors().Should().ContainSingle().Which.Should().StartWith("Too many failed attempts");
    }

    [Test]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = AdminEmail(5);
        var enrolment = await EnrolledAsync(email);
        var code = enrolment.RecoveryCodes[3].ToLowerInvariant(); // typed in lower case: still the same code

        using (var first = _app.NewBrowser())
        {
            var used = await TwoFactorKit.LogInWithSecondStepAsync(first, email, TwoFactorKit.RecoveryCodeStep, new Dictionary<string, string> { ["Input.RecoveryCode"] = code });
            used.RedirectedTo.Should().Be("/");
            (await first.GetAsync(TwoFactorKit.Overview)).Html.Should().Contain("9 of 10");
        }

        using var second = _app.NewBrowser();
        var reused = await TwoFactorKit.LogInWithSecondStepAsync(second, email, TwoFactorKit.RecoveryCodeStep, new Dictionary<string, string> { ["Input.RecoveryCode"] = code });
        reused.Status.Should().Be(HttpStatusCode.OK);
        reused.Errors().Should().Contain("That recovery code is not right, or it has been used already.");
        (await FailedAttemptsAsync(email)).Should().Be(1);
    }

    [Test]
    public async Task Recovery_codes_are_stored_only_as_hashes()
    {
        var email = AdminEmail(6);
        var enrolment = await EnrolledAsync(email);

        var stored = await _app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var id = await _app.AccountIdAsync(email);
            return await db.UserTokens.AsNoTracking().Where(t => t.UserId == id).Select(t => t.Value).ToListAsync();
        });

        string.Join(";", stored).Should().NotContainAny(enrolment.RecoveryCodes);
    }

    [Test]
    public async Task An_admin_cannot_turn_two_factor_off_while_it_is_required_but_can_move_it_to_a_new_app()
    {
        var email = AdminEmail(7);
        using var admin = _app.NewBrowser();
        await admin.SignUpAsync(email);
        await TwoFactorKit.EnrolAsync(admin);

        var refused = await admin.SubmitFormAsync("/Identity/Account/Manage/Disable2fa", new Dictionary<string, string> { ["Input.CodeOrPassword"] = TestBrowser.Password });
        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Html.Should().Contain("Admins must keep two-factor sign-in on");
        (await admin.GetAsync(TwoFactorKit.Overview)).Html.Should().Contain("data-two-factor-status=\"on\"");

        var wrongPassword = await admin.SubmitFormAsync("/Identity/Account/Manage/ResetAuthenticator", new Dictionary<string, string> { ["Input.CodeOrPassword"] = "not-my-password-1" });
        wrongPassword.Errors().Should().Contain("That is neither a current code from your app nor your password.");
        var reset = await admin.SubmitFormAsync("/Identity/Account/Manage/ResetAuthenticator", new Dictionary<string, string> { ["Input.CodeOrPassword"] = TestBrowser.Password });
        reset.RedirectedTo.Should().Be(TwoFactorKit.Setup);
        (await admin.GetAsync("/admin/accounts")).RedirectedTo.Should().Be(TwoFactorKit.SetupFor("/admin/accounts"), "until the new app is set up");
    }

    [Test]
    public async Task A_customer_is_never_forced_and_may_turn_two_factor_on_and_off()
    {
        var email = Emails.Unique();
        using var customer = _app.NewBrowser();

        (await customer.SignUpAsync(email)).RedirectedTo.Should().Be("/");
        (await customer.GetAsync("/admin/accounts")).RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
        (await customer.GetAsync("/debug/purchase")).RedirectedTo.Should().Contain("/Identity/Account/AccessDenied");
        (await customer.GetAsync("/admin/jobs")).Status.Should().Be(HttpStatusCode.Forbidden);
        (await customer.GetAsync(TwoFactorKit.Overview)).Html.Should().Contain("data-two-factor-status=\"off\"").And.NotContain("As an admin");

        var enrolment = await TwoFactorKit.EnrolAsync(customer);
        enrolment.ContinueUrl.Should().Be(TwoFactorKit.Overview);
        var off = await customer.SubmitFormAsync("/Identity/Account/Manage/Disable2fa", new Dictionary<string, string> { ["Input.CodeOrPassword"] = Totp.Now(enrolment.Key) });
        off.RedirectedTo.Should().Be(TwoFactorKit.Overview);

        using var later = _app.NewBrowser();
        (await later.LogInAsync(email)).RedirectedTo.Should().Be("/", "two-factor sign-in is off again");
    }

    [Test]
    public async Task Turning_two_factor_on_ends_the_account_s_other_sessions()
    {
        var email = Emails.Unique();
        using var laptop = _app.NewBrowser();
        await laptop.SignUpAsync(email);
        using var phone = _app.NewBrowser();
        await phone.LogInAsync(email);
        (await phone.GetAsync("/")).Html.Should().Contain(email);

        await TwoFactorKit.EnrolAsync(laptop);

        (await laptop.GetAsync(TwoFactorKit.Overview)).Status.Should().Be(HttpStatusCode.OK);
        (await phone.GetAsync("/")).Html.Should().NotContain(email, "the phone's session, signed in with the password alone, has ended");
    }

    [Test]
    public async Task The_second_step_without_the_first_sends_the_visitor_back_to_log_in()
    {
        using var visitor = _app.NewBrowser();

        var answer = await visitor.GetAsync(TwoFactorKit.CodeStep);

        answer.RedirectedTo.Should().StartWith("/Identity/Account/Login");
        (await visitor.GetAsync(answer.RedirectedTo!)).Html.Should().Contain("Your sign-in took too long. Log in again.");
    }

    [Test]
    public async Task Turning_it_on_ends_the_other_sessions_and_each_second_step_opens_a_session_of_its_own()
    {
        var email = Emails.Unique();
        using var laptop = _app.NewBrowser();
        await laptop.SignUpAsync(email);
        using var phone = _app.NewBrowser();
        await phone.LogInAsync(email);
        (await laptop.GetAsync("/Identity/Account/Manage")).Html.Should().Contain("href=\"/Identity/Account/Manage/TwoFactorAuthentication\"");

        var enrolment = await TwoFactorKit.EnrolAsync(laptop);

        (await phone.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized, "turning it on ends the other sessions");
        (await laptop.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK, "this browser's session is renewed");
        (await SessionCountAsync(email)).Should().Be(1, "the phone's session row goes with its cookie");

        using var withCode = _app.NewBrowser();
        await TwoFactorKit.LogInWithSecondStepAsync(withCode, email, TwoFactorKit.CodeStep, new Dictionary<string, string> { ["Input.Code"] = Totp.Now(enrolment.Key) });
        using var withRecoveryCode = _app.NewBrowser();
        await TwoFactorKit.LogInWithSecondStepAsync(withRecoveryCode, email, TwoFactorKit.RecoveryCodeStep, new Dictionary<string, string> { ["Input.RecoveryCode"] = enrolment.RecoveryCodes[0] });

        foreach (var browser in new[] { withCode, withRecoveryCode })
        {
            (await browser.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK);
            (await browser.GetAsync("/Identity/Account/Manage/Sessions")).Html.Should().Contain("data-session-current");
        }
        (await SessionCountAsync(email)).Should().Be(3);
    }

    private async Task<TwoFactorKit.Enrolment> EnrolledAsync(string email)
    {
        using var browser = _app.NewBrowser();
        await browser.SignUpAsync(email);
        return await TwoFactorKit.EnrolAsync(browser);
    }

    private Task<int> FailedAttemptsAsync(string email) =>
        _app.WithScopeAsync(async services =>
        {
            var id = await _app.AccountIdAsync(email);
            return await services.GetRequiredService<AccountsDbContext>().Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.AccessFailedCount).SingleAsync();
        });

    private Task<int> SessionCountAsync(string email) =>
        _app.WithScopeAsync(async services =>
        {
            var id = await _app.AccountIdAsync(email);
            return await services.GetRequiredService<AccountsDbContext>().Sessions.CountAsync(s => s.AccountId == id);
        });
}
