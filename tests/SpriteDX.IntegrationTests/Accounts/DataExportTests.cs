using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.IntegrationTests.ApiKeys;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.DataExports;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Admin.Contracts;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>"Download my data": one ZIP of what every module keeps about the person, for them alone, for a day.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class DataExportTests
{
    [Test]
    public async Task The_archive_holds_every_part_as_the_pages_show_it_with_the_sprites_and_no_secret()
    {
        await using var app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        await stripe.PaidAsync(await buyer.StartCheckoutAsync());
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await app.PublishAsync(new CreditsAdjustedByAdmin(
            Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), buyer.AccountId, 25, "Thanks for the bug report", Guid.NewGuid(), SpriteDxApp.AdminEmail));
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500 + 25);
        Guid[] sprites = [await buyer.Browser.SucceededGenerationAsync("a brave knight with a red shield"), await buyer.Browser.SucceededGenerationAsync("a small green slime")];
        var apiKey = await buyer.Browser.CreateKeyAsync("Build script");
        var twoFactor = await TwoFactorKit.EnrolAsync(buyer.Browser);

        using var download = await buyer.Browser.Client.GetAsync(await buyer.Browser.ReadyDownloadAsync());

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        var prepared = (await DataExportKit.ExportsAsync(app, buyer.AccountId)).Single().CompletedAt!.Value;
        download.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().Be($"spritedx-data-{prepared.UtcDateTime:yyyy-MM-dd}.zip");
        var files = await DataExportKit.OpenAsync(download);
        files.Keys.Should().Contain([
            "README.txt", "account/account.json", "account/api-keys.json", "account/sessions.json", "credits/balance.json", "credits/ledger.json",
            "payments/billing.json", "payments/purchases.json", "payments/automatic-top-up.json", "generation/generations.json",
            .. sprites.Select(id => $"generation/sprites/{id}.png"),
        ]);
        var readme = Encoding.UTF8.GetString(files["README.txt"]);
        foreach (var path in files.Keys.Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
            readme.Should().Contain(path, "the README says what each file is");

        var account = files.Json("account/account.json");
        account.GetProperty("email").GetString().Should().Be(buyer.Email);
        account.GetProperty("twoFactorEnabled").GetBoolean().Should().BeTrue();
        var key = files.Json("account/api-keys.json").EnumerateArray().Should().ContainSingle().Subject;
        key.GetProperty("name").GetString().Should().Be("Build script");
        apiKey.Should().StartWith(key.GetProperty("prefix").GetString()!.TrimEnd('…'));
        files.Json("account/sessions.json").GetArrayLength().Should().BePositive();

        var billing = await buyer.Browser.GetAsync("/billing");
        var balance = files.Json("credits/balance.json").GetProperty("balance").GetInt64();
        balance.Should().Be(await buyer.BalanceAsync()).And.Be(Buyer.SignupBonus + 500 + 25 - 2 * 10);
        var ledger = files.Json("credits/ledger.json").EnumerateArray().ToList();
        ledger.Sum(e => e.GetProperty("amount").GetInt64()).Should().Be(balance);
        ledger.Select(e => e.GetProperty("kind").GetString()).Where(kind => kind != "spend_captured").Reverse()
            .Should().Equal(Player.LedgerKindsIn(billing.Html), "the ledger holds the lines Usage and Billing shows (it hides a spend's confirmation)");
        ledger.Should().Contain(e => e.GetProperty("description").GetString() == "Thanks for the bug report");

        var purchase = files.Json("payments/purchases.json").EnumerateArray().Should().ContainSingle().Subject;
        files.Json("payments/automatic-top-up.json").GetProperty("stripeCustomers").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("mode").GetString().Should().Be("live", "the purchase's checkout made the account's live-mode customer");
        purchase.GetProperty("amount").GetString().Should().Be(PurchaseAmount().Match(billing.Html).Groups[1].Value).And.Be("$5.00");
        purchase.GetProperty("amountMinor").GetInt64().Should().Be(500);
        purchase.GetProperty("credits").GetInt32().Should().Be(500);
        purchase.GetProperty("status").GetString().Should().Be("paid");
        purchase.GetProperty("paymentMethod").GetString().Should().EndWith("4242");
        files.Json("payments/billing.json").GetProperty("receiptEmail").GetString().Should().Be(buyer.Email);

        var generations = files.Json("generation/generations.json").EnumerateArray().ToList();
        generations.Select(g => g.GetProperty("id").GetGuid()).Should().Equal(sprites);
        generations[0].GetProperty("prompt").GetString().Should().Be("a brave knight with a red shield");
        foreach (var id in sprites)
            files[$"generation/sprites/{id}.png"].Should().Equal(await buyer.Browser.Client.GetByteArrayAsync($"/generations/{id}/sheet.png"));

        var text = string.Join("\n", files.Where(f => !f.Key.EndsWith(".png", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Value)));
        foreach (var secret in await SecretsOfAsync(app, buyer.AccountId, apiKey, twoFactor))
            text.Should().NotContain(secret);
        foreach (var field in new[] { "passwordHash", "securityStamp", "concurrencyStamp", "secretHash", "\"token", "sk_test_", "sk_live_", "whsec_" })
            text.Should().NotContainEquivalentOf(field);

        (await SessionTests.QueuedAsync(app, buyer.Email, AccountEmails.DataExportReadySubject)).Should().Be(1, "one e-mail says it is ready");
    }

    [Test]
    public async Task Several_requests_at_the_same_moment_prepare_one_export_and_the_others_are_told_why_not()
    {
        await using var app = SpriteDxApp.Start();
        using var player = await Player.SignUpAsync(app);
        var tabs = Enumerable.Range(0, 5).Select(_ => app.CopyOf(player.Browser)).ToList();
        var forms = await Task.WhenAll(tabs.Select(tab => tab.GetAsync(DataExportKit.Page)));

        var answers = await Task.WhenAll(tabs.Select((tab, i) =>
            tab.PostAsync(DataExportKit.Page, new Dictionary<string, string> { ["__RequestVerificationToken"] = forms[i].AntiforgeryToken() })));

        answers.Should().ContainSingle(a => a.Status == HttpStatusCode.Redirect);
        answers.Where(a => a.Status != HttpStatusCode.Redirect).Should().HaveCount(4).And.AllSatisfy(refused =>
        {
            refused.Status.Should().Be(HttpStatusCode.OK);
            refused.Errors().Should().ContainSingle(e => e.StartsWith("Your data is already being prepared.", StringComparison.Ordinal)
                                                          || e.StartsWith("You prepared an archive a moment ago.", StringComparison.Ordinal));
        });
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().ContainSingle();
        foreach (var tab in tabs)
            tab.Dispose();
    }

    [Test]
    public async Task An_export_asked_for_as_the_account_is_deleted_prepares_nothing_and_fails_no_request()
    {
        await using var app = SpriteDxApp.Start();
        var deletedMeanwhile = Guid.NewGuid(); // the request passed sign-in; the deletion committed before its insert

        var decision = await app.WithScopeAsync(services => services.GetRequiredService<DataExportRequests>().RequestAsync(deletedMeanwhile, CancellationToken.None));

        decision.Should().BeOfType<RequestDecision.AccountGone>();
        (await app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().DataExports.CountAsync(e => e.AccountId == deletedMeanwhile)))
            .Should().Be(0);
    }

    [Test]
    public async Task Only_its_owner_signed_in_with_their_cookie_downloads_it()
    {
        await using var app = SpriteDxApp.Start();
        using var owner = await Player.SignUpAsync(app);
        var href = await owner.Browser.ReadyDownloadAsync();
        using var other = await Player.SignUpAsync(app);
        using var visitor = app.NewBrowser();
        using var script = app.ScriptClient(await owner.Browser.CreateKeyAsync("Backup script"));

        (await other.Browser.Client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another account");
        (await visitor.Client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound, "anyone not signed in");
        (await script.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound, "an API key acts for scripts, not for a person's data");
        (await owner.Browser.Client.GetAsync($"{DataExportDownloadEndpoint.Path}/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.Browser.Client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_archive_past_its_day_cannot_be_downloaded_and_the_sweep_deletes_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = SpriteDxApp.Start(services => services.AddSingleton<TimeProvider>(clock));
        using var player = await Player.SignUpAsync(app);
        var href = await player.Browser.ReadyDownloadAsync();
        var exportIds = (await DataExportKit.ExportsAsync(app, player.AccountId)).Select(e => e.Id).ToList();

        clock.Advance(DataExport.Lifetime + TimeSpan.FromMinutes(1));

        (await player.Browser.Client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await player.Browser.ExportStateAsync()).Should().Be("expired");
        await app.WithScopeAsync(services => services.GetRequiredService<DataExportSweep>().RunAsync(CancellationToken.None));
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().BeEmpty();
        (await DataExportKit.ArchiveCountAsync(app, exportIds)).Should().Be(0);
        (await player.Browser.ExportStateAsync()).Should().Be("none");
    }

    [Test]
    public async Task Asking_again_within_minutes_is_refused_with_the_time_and_a_later_archive_replaces_the_old_one()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = SpriteDxApp.Start(services => services.AddSingleton<TimeProvider>(clock));
        using var player = await Player.SignUpAsync(app);
        var first = await player.Browser.ReadyDownloadAsync();
        var firstIds = (await DataExportKit.ExportsAsync(app, player.AccountId)).Select(e => e.Id).ToList();

        var refused = await player.Browser.PrepareAsync();

        refused.Status.Should().Be(HttpStatusCode.OK);
        refused.Errors().Should().ContainSingle().Which.Should().Contain($"from {(clock.GetUtcNow() + DataExport.RequestInterval).UtcDateTime:HH:mm} UTC",
            "the clock has not moved since the first request");
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().ContainSingle();

        clock.Advance(DataExport.RequestInterval);
        var second = await player.Browser.ReadyDownloadAsync();

        second.Should().NotBe(first);
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().ContainSingle("the new archive replaces the old one");
        (await DataExportKit.ArchiveCountAsync(app, firstIds)).Should().Be(0);
        (await player.Browser.Client.GetAsync(first)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_the_account_deletes_its_exports_and_archives()
    {
        await using var app = SpriteDxApp.Start();
        using var player = await Player.SignUpAsync(app);
        var href = await player.Browser.ReadyDownloadAsync();
        var exportIds = (await DataExportKit.ExportsAsync(app, player.AccountId)).Select(e => e.Id).ToList();

        (await player.Browser.SubmitFormAsync("/Identity/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = TestBrowser.Password }))
            .RedirectedTo.Should().Be("/");

        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().BeEmpty();
        (await DataExportKit.ArchiveCountAsync(app, exportIds)).Should().Be(0);
        (await player.Browser.Client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_build_that_throws_is_retried_and_the_archive_is_ready()
    {
        var failures = new FlakySource.Failures(1);
        await using var app = SpriteDxApp.Start(services => services.AddSingleton(failures).AddPersonalDataSource<FlakySource>());
        using var player = await Player.SignUpAsync(app);

        using var download = await player.Browser.Client.GetAsync(await player.Browser.ReadyDownloadAsync());

        (await DataExportKit.OpenAsync(download)).Keys.Should().Contain("flaky/ok.json");
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().ContainSingle().Which.Attempts.Should().Be(2);
    }

    [Test]
    public async Task A_build_that_keeps_failing_ends_failed_with_a_clear_message_and_may_be_tried_again_at_once()
    {
        var failures = new FlakySource.Failures(int.MaxValue);
        await using var app = SpriteDxApp.Start(services => services.AddSingleton(failures).AddPersonalDataSource<FlakySource>());
        using var player = await Player.SignUpAsync(app);
        (await player.Browser.PrepareAsync()).Status.Should().Be(HttpStatusCode.Redirect);

        var failed = await player.Browser.SettledAsync();

        DataExportKit.StateIn(failed.Html).Should().Be("failed");
        failed.Html.Should().Contain(WebUtility.HtmlEncode(DataExport.FailureMessage));
        (await DataExportKit.ExportsAsync(app, player.AccountId)).Should().ContainSingle().Which.Attempts.Should().Be(DataExport.MaxAttempts);

        failures.Stop();
        (await player.Browser.ReadyDownloadAsync()).Should().NotBeNull("a failure of ours does not make the person wait");
    }

    [Test]
    public async Task An_export_whose_build_job_was_lost_is_put_back_in_line_by_the_sweep()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var jobs = new DroppableJobs();
        await using var app = SpriteDxApp.Start(services =>
        {
            jobs.Register(services);
            services.AddSingleton<TimeProvider>(clock);
        });
        using var player = await Player.SignUpAsync(app);
        jobs.Dropping = true;
        (await player.Browser.PrepareAsync()).Status.Should().Be(HttpStatusCode.Redirect);
        jobs.Dropping = false;

        (await SweepAsync(app)).Should().Be(0, "a build may still be under way");
        (await player.Browser.ExportStateAsync()).Should().Be("preparing");
        clock.Advance(DataExportSweep.LostAfter);
        (await SweepAsync(app)).Should().Be(1);

        DataExportKit.StateIn((await player.Browser.SettledAsync()).Html).Should().Be("ready");
    }

    [Test]
    public async Task A_restart_resumes_an_export_whose_build_job_died_with_the_host()
    {
        TestPostgres.IgnoreOnPostgres("beside other hosts a job in flight may be another host's, so only the sweep's wait resumes it");
        var jobs = new DroppableJobs();
        await using var app = SpriteDxApp.Start(jobs.Register);
        using var before = await Player.SignUpAsync(app);
        jobs.Dropping = true;
        (await before.Browser.PrepareAsync()).Status.Should().Be(HttpStatusCode.Redirect);
        jobs.Dropping = false;

        await app.RestartAsync();

        using var browser = app.NewBrowser();
        await browser.LogInAsync(before.Email);
        DataExportKit.StateIn((await browser.SettledAsync()).Html).Should().Be("ready");
    }

    private static Task<int> SweepAsync(SpriteDxApp app) =>
        app.WithScopeAsync(services => services.GetRequiredService<DataExportSweep>().RunAsync(CancellationToken.None));

    /// <summary>What must never leave the server: the password hash, stamps, Identity's tokens, the API key and its hash, the authenticator's key and codes.</summary>
    private static Task<List<string>> SecretsOfAsync(SpriteDxApp app, Guid accountId, string apiKey, TwoFactorKit.Enrolment twoFactor) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == accountId);
            var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == accountId).Select(t => t.Value!).ToListAsync();
            var keyHashes = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).Select(k => k.SecretHash).ToListAsync();
            tokens.Should().NotBeEmpty("two-factor sign-in keeps its key among Identity's tokens");
            List<string> secrets =
            [
                user.PasswordHash!, user.SecurityStamp!, user.ConcurrencyStamp!, apiKey, twoFactor.Key, .. twoFactor.RecoveryCodes, .. tokens,
                .. keyHashes.SelectMany(hash => new[] { Convert.ToHexString(hash), Convert.ToHexStringLower(hash), Convert.ToBase64String(hash) }),
            ];
            return secrets;
        });

    [GeneratedRegex("""<td class="num amount">([^<]+)</td>""")]
    private static partial Regex PurchaseAmount();

    /// <summary>A module's part that fails as often as it is told to, then writes one file.</summary>
    private sealed class FlakySource(FlakySource.Failures failures) : IPersonalDataSource
    {
        public string Folder => "flaky";

        public IReadOnlyList<PersonalDataFile> Files { get; } = [new("ok.json", "Written once the source stops failing.")];

        public Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct) =>
            failures.TakeOne() ? throw new InvalidOperationException("The flaky source failed, as the test told it to.") : archive.AddJsonAsync("ok.json", new { ok = true }, ct);

        public sealed class Failures(int count)
        {
            private int _left = count;

            public bool TakeOne() => Interlocked.Decrement(ref _left) >= 0;

            public void Stop() => Interlocked.Exchange(ref _left, 0);
        }
    }
}
