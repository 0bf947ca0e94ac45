using System.Net.Mail;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>
/// A message waiting in (or gone from) a module's mail queue. It is saved with the change that caused it and
/// sent in the background, so a slow or absent SMTP server never fails or delays a request.
/// </summary>
public sealed class QueuedEmail
{
    private QueuedEmail()
    {
    }

    public Guid Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset QueuedAt { get; private set; }

    public int Attempts { get; internal set; }

    /// <summary>Also the lease: a sender moves it forward before sending, so no other instance sends the same message.</summary>
    public DateTimeOffset NextAttemptAt { get; internal set; }

    public DateTimeOffset? SentAt { get; internal set; }

    public DateTimeOffset? FailedAt { get; internal set; }

    public string? LastError { get; internal set; }

    /// <summary>A message to one person; a line break in the address or subject (header injection) is refused here.</summary>
    /// <exception cref="ArgumentException">The address is not one address, or a header field holds CR or LF.</exception>
    public static QueuedEmail For(string address, string subject, string htmlBody, string textBody, DateTimeOffset now)
    {
        RefuseLineBreaks(address, nameof(address));
        RefuseLineBreaks(subject, nameof(subject));
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address.Trim())
            throw new ArgumentException($"'{address}' is not a single e-mail address.", nameof(address));
        return new QueuedEmail
        {
            Id = Guid.NewGuid(),
            To = parsed.Address,
            Subject = subject,
            HtmlBody = htmlBody,
            TextBody = textBody,
            QueuedAt = now,
            NextAttemptAt = now,
        };
    }

    public static void RefuseLineBreaks(string headerValue, string field)
    {
        if (headerValue.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException($"An e-mail {field} may not contain a line break.", field);
    }
}
