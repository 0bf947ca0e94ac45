using Microsoft.EntityFrameworkCore;

namespace SpriteDX.BuildingBlocks.Inbox;

/// <summary>Proof that one handler has already reacted to one notification.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public string Handler { get; init; } = "";

    public DateTimeOffset ProcessedAt { get; internal set; }
}

public static class InboxExtensions
{
    /// <summary>
    /// True the first time a handler sees a message; the inbox row then commits with the handler's
    /// effect, so a redelivery finds it and does nothing. A concurrent duplicate loses on the key.
    /// </summary>
    public static async Task<bool> TryClaimAsync(this DbSet<InboxMessage> inbox, Guid messageId, string handler, CancellationToken cancellationToken)
    {
        if (await inbox.AnyAsync(m => m.MessageId == messageId && m.Handler == handler, cancellationToken))
            return false;
        inbox.Add(new InboxMessage { MessageId = messageId, Handler = handler });
        return true;
    }
}
