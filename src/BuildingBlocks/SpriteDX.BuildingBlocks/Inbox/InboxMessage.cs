using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;

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

public static class InboxTransactions
{
    /// <summary>
    /// Runs a handler's effect once per message: one transaction holds the inbox claim, the effect
    /// and the outbox rows it adds, and the notifications go out after the commit.
    /// </summary>
    public static async Task HandleOnceAsync(this DbContext db, Guid messageId, string handler, Func<Task> effect, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed save ends the whole transaction here, so EF's savepoint around it would only cost two
        // more round trips, made while the effect may hold a contended row (an account's balance).
        db.Database.AutoSavepointsEnabled = false;
        if (!await db.Set<InboxMessage>().TryClaimAsync(messageId, handler, cancellationToken))
            return;
        await effect();
        await db.CommitAndPublishAsync(transaction, cancellationToken);
    }
}
