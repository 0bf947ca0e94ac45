using System.Net;
using System.Text.RegularExpressions;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>A person setting up two-factor sign-in through its pages, with the authenticator app played by <see cref="Totp"/>.</summary>
internal static partial class TwoFactorKit
{
    public const string Setup = "/Identity/Account/Manage/EnableAuthenticator";
    public const string Overview = "/Identity/Account/Manage/TwoFactorAuthentication";
    public const string CodeStep = "/Identity/Account/LoginWith2fa";
    public const string RecoveryCodeStep = "/Identity/Account/LoginWithRecoveryCode";

    public static string SetupFor(string returnUrl) => Setup + "?returnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary>Opens the set-up page, adds the key to the "app", turns it on and reads the recovery codes shown once.</summary>
    public static async Task<Enrolment> EnrolAsync(TestBrowser browser, string? returnUrl = null)
    {
        var url = returnUrl is null ? Setup : SetupFor(returnUrl);
        var setup = await browser.GetAsync(url);
        setup.Status.Should().Be(HttpStatusCode.OK);
        var key = SharedKey(setup.Html);

        var enabled = await browser.PostAsync(url, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = setup.AntiforgeryToken(),
            ["Input.Code"] = Totp.Now(key),
        });
        enabled.Status.Should().Be(HttpStatusCode.Redirect, string.Join(" ", enabled.Errors()));
        enabled.RedirectedTo.Should().StartWith("/Identity/Account/Manage/ShowRecoveryCodes");
        var shown = await browser.GetAsync(enabled.RedirectedTo!);
        shown.Status.Should().Be(HttpStatusCode.OK);
        return new Enrolment(key, RecoveryCodes(shown.Html), WebUtility.HtmlDecode(ContinueLink().Match(shown.Html).Groups[1].Value));
    }

    public static string SharedKey(string html) =>
        SharedKeyText().Match(html) is { Success: true } m ? m.Groups[1].Value.Replace(" ", "") : throw new AssertionException("The page shows no shared key.");

    public static IReadOnlyList<string> RecoveryCodes(string html) => RecoveryCode().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>Password, then (when asked) the second step's form with these fields.</summary>
    public static async Task<TestBrowser.Page> LogInWithSecondStepAsync(TestBrowser browser, string email, string step, Dictionary<string, string> fields)
    {
        var password = await browser.LogInAsync(email);
        password.RedirectedTo.Should().StartWith(CodeStep);
        var url = password.RedirectedTo!.Replace(CodeStep, step, StringComparison.Ordinal);
        return await browser.SubmitFormAsync(url, fields);
    }

    internal sealed record Enrolment(string Key, IReadOnlyList<string> RecoveryCodes, string ContinueUrl);

    [GeneratedRegex("""data-shared-key>([^<]+)<""")]
    private static partial Regex SharedKeyText();

    [GeneratedRegex("""<li><code>([^<]+)</code></li>""")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("""href="([^"]+)" data-continue""")]
    private static partial Regex ContinueLink();
}
