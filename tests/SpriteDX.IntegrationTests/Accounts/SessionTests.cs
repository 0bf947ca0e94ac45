using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>Sessions end on the server: a copied cookie is worth nothing once its session is over.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class SessionTests
{
    private const string NewPassword = "brand-new-pixels-8";

    [Test]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_the_api_or_the_admin_pages()
    {
        await using var app = SpriteDxApp.Start();
        using var admin = app.NewBrowser();
        await admin.SignUpAsync(SpriteDxApp.AdminEmail);
        using var copied = app.CopyOf(admin);
        (await copied.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK, "the copy works while the session lives");
        (await copied.GetAsync("/admin/accounts")).Status.Should().Be(HttpStatusCode.OK);

        await admin.LogOutAsync();

        (await copied.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized);
        var adminPage = await copied.GetAsync("/admin/accounts");
        adminPage.Status.Should().Be(HttpStatusCode.Redirect);
        new Uri(adminPage.RedirectedTo!).AbsolutePath.Should().Be("/Identity/Account/Login");
    }

    [Test]
    public async Task Sign_out_everywhere_ends_every_session_of_the_account_and_no_other()
    {
        await using var app = SpriteDxApp.Start();
        var (email, laptop, phone) = await SignedInTwiceAsync(app);
        using var onLaptop = laptop;
        using var onPhone = phone;
        using var copied = app.CopyOf(phone);
        using var someoneElse = app.NewBrowser();
        await someoneElse.SignUpAsync(Emails.Unique());
        var listed = await laptop.GetAsync("/Identity/Account/Manage/Sessions");
        listed.Html.Split("data-session>").Length.Should().Be(3, "two sessions are listed");
        listed.Html.Should().Contain("data-session-current");

        var ended = await laptop.PostAsync("/Identity/Account/Manage/Sessions?handler=EndAll",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = listed.AntiforgeryToken() });

        ended.RedirectedTo.Should().Be("/Identity/Account/Login");
        foreach (var browser in new[] { laptop, phone, copied })
            (await browser.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await someoneElse.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK);
        (await SessionCountAsync(app, email)).Should().Be(0);
    }

    [Test]
    public async Task Signing_out_one_session_from_the_list_ends_only_that_one()
    {
        await using var app = SpriteDxApp.Start();
        var (email, laptop, phone) = await SignedInTwiceAsync(app);
        using var onLaptop = laptop;
        using var onPhone = phone;
        var phoneSession = await app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Sessions
            .OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstAsync());
        var listed = await laptop.GetAsync("/Identity/Account/Manage/Sessions");

        var ended = await laptop.PostAsync($"/Identity/Account/Manage/Sessions?handler=End&sessionId={phoneSession}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = listed.AntiforgeryToken() });

        ended.RedirectedTo.Should().Be("/Identity/Account/Manage/Sessions");
        (await phone.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await laptop.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_password_change_ends_every_other_session_keeps_this_one_and_tells_the_owner()
    {
        await using var app = SpriteDxApp.Start();
        var (email, laptop, phone) = await SignedInTwiceAsync(app);
        using var onLaptop = laptop;
        using var onPhone = phone;
        using var copiedFromLaptop = app.CopyOf(laptop);

        var changed = await ChangePasswordAsync(laptop, TestBrowser.Password, NewPassword);

        changed.RedirectedTo.Should().Be("/Identity/Account/Manage");
        (await laptop.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK, "this browser stays signed in");
        (await phone.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await copiedFromLaptop.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.Unauthorized,
            "the old cookie, copied before the change, carries the old security stamp");
        (await SessionCountAsync(app, email)).Should().Be(1);
        using var withOld = app.NewBrowser();
        (await withOld.LogInAsync(email)).RedirectedTo.Should().BeNull();
        using var withNew = app.NewBrowser();
        (await withNew.LogInAsync(email, NewPassword)).RedirectedTo.Should().Be("/");
        (await QueuedAsync(app, email, AccountEmails.PasswordChangedSubject)).Should().Be(1);
    }

    [Test]
    public async Task A_wrong_current_password_changes_nothing_and_says_so()
    {
        await using var app = SpriteDxApp.Start();
        var (email, laptop, phone) = await SignedInTwiceAsync(app);
        using var onLaptop = laptop;
        using var onPhone = phone;

        var refused = await ChangePasswordAsync(laptop, "not-my-password-1", NewPassword);

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Errors().Should().Contain("That is not your current password.");
        (await phone.GetAsync("/api/credits/balance")).Status.Should().Be(HttpStatusCode.OK);
        using var again = app.NewBrowser();
        (await again.LogInAsync(email)).RedirectedTo.Should().Be("/");
        (await QueuedAsync(app, email, AccountEmails.PasswordChangedSubject)).Should().Be(0);
    }

    [Test]
    public async Task Signing_in_with_an_unknown_address_hashes_the_password_as_a_wrong_password_does()
    {
        var hashing = new HashCounter();
        await using var app = SpriteDxApp.Start(services => services.AddScoped<IPasswordHasher<AccountUser>>(provider =>
            new CountingPasswordHasher(new PasswordHasher<AccountUser>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()), hashing)));
        var email = Emails.Unique();
        using (var signUp = app.NewBrowser())
            await signUp.SignUpAsync(email);
        using var visitor = app.NewBrowser();

        hashing.Verifications = 0;
        var unknown = await visitor.LogInAsync(Emails.Unique("nobody"), "some-guess-1");
        var forUnknown = hashing.Verifications;
        hashing.Verifications = 0;
        var wrong = await visitor.LogInAsync(email, "some-guess-1");
        var forWrongPassword = hashing.Verifications;

        unknown.Errors().Should().Equal(wrong.Errors());
        forWrongPassword.Should().Be(1);
        forUnknown.Should().Be(forWrongPassword, "an unknown address costs one password hash, like a wrong password");
    }

    /// <summary>A new account signed in on two browsers: the one it signed up with, and a second one.</summary>
    private static async Task<(string Email, TestBrowser Laptop, TestBrowser Phone)> SignedInTwiceAsync(SpriteDxApp app)
    {
        var email = Emails.Unique();
        var laptop = app.NewBrowser();
        await laptop.SignUpAsync(email);
        var phone = app.NewBrowser();
        await phone.LogInAsync(email);
        return (email, laptop, phone);
    }

    private static async Task<TestBrowser.Page> ChangePasswordAsync(TestBrowser browser, string current, string next) =>
        await browser.SubmitFormAsync("/Identity/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });

    private static Task<int> SessionCountAsync(SpriteDxApp app, string email) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var accountId = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
            return await db.Sessions.CountAsync(s => s.AccountId == accountId);
        });

    internal static Task<int> QueuedAsync(SpriteDxApp app, string to, string subject) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Mail.CountAsync(m => m.To == to && m.Subject == subject));

    private sealed class HashCounter
    {
        private int _verifications;

        public int Verifications
        {
            get => Volatile.Read(ref _verifications);
            set => Volatile.Write(ref _verifications, value);
        }

        public void Count() => Interlocked.Increment(ref _verifications);
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<AccountUser> inner, HashCounter counter) : IPasswordHasher<AccountUser>
    {
        public string HashPassword(AccountUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AccountUser user, string hashedPassword, string providedPassword)
        {
            counter.Count();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
