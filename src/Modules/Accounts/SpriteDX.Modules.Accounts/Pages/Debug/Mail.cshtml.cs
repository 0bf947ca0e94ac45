using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Data;

namespace SpriteDX.Modules.Accounts.Pages.Debug;

/// <summary>
/// The mailbox of the embedded mail default: every message written to the pickup directory, newest first, and one of
/// them rendered; also the mail that could not be sent, so an admin sees a failing SMTP server.
/// </summary>
[Authorize(Policy = AdminOrDevelopmentPolicy.Name)]
internal sealed class MailModel(PickupDirectoryMailTransport pickup, MailQueue<AccountsDbContext> queue, IOptions<EmailOptions> options) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<MailboxEntry> Messages { get; private set; } = [];

    public MailboxEntry? Selected { get; private set; }

    public string? SelectedText { get; private set; }

    public IReadOnlyList<QueuedEmail> Failed { get; private set; } = [];

    public int Waiting { get; private set; }

    public string? SmtpHost => options.Value.UsesSmtp ? options.Value.Smtp.Host : null;

    public async Task OnGetAsync(string? message, CancellationToken cancellationToken)
    {
        var files = pickup.Messages().Take(Shown).ToList();
        var entries = new List<MailboxEntry>(files.Count);
        foreach (var file in files)
        {
            var headers = await HeadersAsync(file, cancellationToken);
            entries.Add(new MailboxEntry(file.Name, headers.To, headers.Subject, headers.Date));
        }

        Messages = entries;
        Selected = entries.FirstOrDefault(e => e.Name == message);
        if (Selected is not null)
            SelectedText = (await pickup.ReadAsync(Selected.Name, cancellationToken))?.TextBody;
        Failed = await queue.FailedAsync(50, cancellationToken);
        Waiting = await queue.WaitingCountAsync(cancellationToken);
    }

    private static async Task<(string To, string Subject, DateTimeOffset Date)> HeadersAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        var headers = await HeaderList.LoadAsync(stream, cancellationToken);
        var date = DateUtils.TryParse(headers[HeaderId.Date], out var parsed) ? parsed : new DateTimeOffset(file.LastWriteTimeUtc);
        return (headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? "", date);
    }

    public sealed record MailboxEntry(string Name, string To, string Subject, DateTimeOffset Date);
}
