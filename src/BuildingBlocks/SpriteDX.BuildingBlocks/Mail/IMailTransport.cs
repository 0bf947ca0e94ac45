using MimeKit;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>Where a message goes once it leaves the queue: an SMTP server, or the pickup directory by default.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>A refusal that no retry will change (an SMTP 5xx answer): the message is failed at once.</summary>
public sealed class PermanentMailFailure(string message, Exception inner) : Exception(message, inner);
