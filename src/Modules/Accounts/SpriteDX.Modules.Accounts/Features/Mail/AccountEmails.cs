using System.Text;
using System.Text.Encodings.Web;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.Modules.Accounts.Features.Mail;

/// <summary>
/// Every message Accounts sends, queued in its mail queue. Links point at the public address, never at the request's
/// host; each message has the app's look in HTML and the same words in plain text.
/// </summary>
internal sealed class AccountEmails(MailQueue<AccountsDbContext> mail, PublicAddress publicAddress)
{
    public const string PasswordResetSubject = "Reset your SpriteDX password";
    public const string WelcomeSubject = "Welcome to SpriteDX: confirm your e-mail address";
    public const string ConfirmationSubject = "Confirm your SpriteDX e-mail address";
    public const string NewAddressSubject = "Confirm your new SpriteDX e-mail address";
    public const string AddressChangedSubject = "Your SpriteDX e-mail address was changed";
    public const string PasswordChangedSubject = "Your SpriteDX password was changed";
    public const string AccountDeletedSubject = "Your SpriteDX account was deleted";
    public const string DataExportReadySubject = "Your SpriteDX data is ready to download";

    public Task PasswordResetAsync(string email, string code, CancellationToken cancellationToken) =>
        QueueAsync(email, new Message(
            PasswordResetSubject,
            "Reset your password",
            ["Someone (hopefully you) asked to reset the password of your SpriteDX account. The link works once, for a limited time."],
            new Button("Choose a new password", $"/Identity/Account/ResetPassword?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}"),
            "If you did not ask for this, ignore this message: your password stays as it is."), cancellationToken);

    /// <summary>The first message of an account; <paramref name="welcome"/> false when the person asked for the link again.</summary>
    public Task ConfirmationAsync(string email, Guid accountId, string code, bool welcome, CancellationToken cancellationToken) =>
        QueueAsync(email, new Message(
            welcome ? WelcomeSubject : ConfirmationSubject,
            welcome ? "Welcome to SpriteDX" : "Confirm your e-mail address",
            [
                .. welcome ? (string[])["Your account is ready, and your free credits are waiting on the home page."] : [],
                "Please confirm that this address is yours, so we can reach you about your purchases and your password.",
            ],
            new Button("Confirm my e-mail address", ConfirmationPath(accountId, code, newEmail: null)),
            $"The link works for {AccountsModule.ConfirmationLinkLifetime.TotalDays:0} days. If you did not create a SpriteDX account, ignore this message."),
            cancellationToken);

    public Task NewAddressAsync(string newEmail, Guid accountId, string code, CancellationToken cancellationToken) =>
        QueueAsync(newEmail, new Message(
            NewAddressSubject,
            "Confirm your new e-mail address",
            [$"Someone (hopefully you) asked to use {newEmail} for their SpriteDX account. The change happens when you confirm it."],
            new Button("Use this address", ConfirmationPath(accountId, code, newEmail)),
            $"The link works for {AccountsModule.ConfirmationLinkLifetime.TotalDays:0} days. If you did not ask for this, ignore this message: nothing changes."),
            cancellationToken);

    public Task AddressChangedAsync(AccountEmailChanged change, CancellationToken cancellationToken) =>
        QueueAsync(change.PreviousEmail, new Message(
            AddressChangedSubject,
            "Your e-mail address was changed",
            [$"The SpriteDX account that used {change.PreviousEmail} now uses {change.Email}. Messages about it go there from now on."],
            null,
            "If you did not make this change, reply to this message or contact support at once: someone else may hold your account."),
            cancellationToken);

    public Task PasswordChangedAsync(string email, CancellationToken cancellationToken) =>
        QueueAsync(email, new Message(
            PasswordChangedSubject,
            "Your password was changed",
            ["The password of your SpriteDX account was just changed, and every other device was signed out."],
            new Button("Open my account", AccountsLinks.Account),
            "If you did not do this, choose a new password at once with \"Forgot password?\" on the log in page."),
            cancellationToken);

    /// <summary>The last message to the address: queued in the same transaction that erases it.</summary>
    public Task AccountDeletedAsync(string email, CancellationToken cancellationToken) =>
        QueueAsync(email, new Message(
            AccountDeletedSubject,
            "Your account was deleted",
            [
                "Your SpriteDX account, its sprites and its prompts are deleted, and every device was signed out.",
                "We keep only what the law asks us to keep for our books (purchases and credit movements), under an anonymous number, not your name or address.",
            ],
            null,
            "You can sign up again with this address at any time; the free sign-up credits are given once per address."),
            cancellationToken);

    /// <summary>Queued in the transaction that marks the export ready, so it goes out once per export.</summary>
    public Task DataExportReadyAsync(string email, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        QueueAsync(email, new Message(
            DataExportReadySubject,
            "Your data is ready",
            [
                "The archive of your SpriteDX data you asked for is ready: your account, credits, purchases and sprites, as JSON files and PNG images.",
                $"Download it from your account page until {expiresAt.UtcDateTime:MMMM d, yyyy HH:mm} UTC; after that it is deleted, and you can prepare a new one.",
            ],
            new Button("Download my data", DataExportRequests.PagePath),
            "If you did not ask for it, change your password: someone signed in to your account did."),
            cancellationToken);

    private static string ConfirmationPath(Guid accountId, string code, string? newEmail) =>
        $"{AccountsLinks.ConfirmEmail}?userId={accountId}&code={Uri.EscapeDataString(code)}"
        + (newEmail is null ? "" : $"&email={Uri.EscapeDataString(newEmail)}");

    private Task QueueAsync(string to, Message message, CancellationToken cancellationToken)
    {
        var link = message.Button is null ? null : publicAddress.Link(message.Button.Path);
        return mail.QueueAsync(to, message.Subject, Html(message, link), Text(message, link), cancellationToken);
    }

    private static string Text(Message message, string? link)
    {
        var text = new StringBuilder();
        foreach (var paragraph in message.Paragraphs)
            text.Append(paragraph).Append("\n\n");
        if (link is not null)
            text.Append(message.Button!.Text).Append(":\n").Append(link).Append("\n\n");
        return text.Append(message.Footnote).Append('\n').ToString();
    }

    private static string Html(Message message, string? link)
    {
        var encode = HtmlEncoder.Default;
        var paragraphs = string.Concat(message.Paragraphs.Select(p => $"""<p style="margin:0 0 20px;line-height:1.55">{encode.Encode(p)}</p>"""));
        var button = link is null ? "" : $"""
            <p style="margin:0 0 24px"><a href="{encode.Encode(link)}" style="display:inline-block;background:#6d28d9;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:8px;font-weight:600">{encode.Encode(message.Button!.Text)}</a></p>
            """;
        return $"""
            <!doctype html>
            <html><body style="margin:0;padding:24px;background:#f7f6fb;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c1830">
            <div style="max-width:480px;margin:0 auto;background:#ffffff;border:1px solid #e2deef;border-radius:12px;padding:28px">
            <p style="margin:0 0 16px;font-weight:700;color:#6d28d9">SpriteDX</p>
            <h1 style="margin:0 0 12px;font-size:22px">{encode.Encode(message.Heading)}</h1>
            {paragraphs}
            {button}
            <p style="margin:0;color:#5d5775;font-size:14px;line-height:1.55">{encode.Encode(message.Footnote)}</p>
            </div>
            </body></html>
            """;
    }

    private sealed record Button(string Text, string Path);

    private sealed record Message(string Subject, string Heading, IReadOnlyList<string> Paragraphs, Button? Button, string Footnote);
}
