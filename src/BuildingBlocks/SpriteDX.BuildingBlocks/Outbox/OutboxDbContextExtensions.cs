using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Events;

namespace SpriteDX.BuildingBlocks.Outbox;

/// <summary>
/// How a module announces a change: <c>db.Outbox.Add(notification)</c> beside the change, then
/// <c>await db.SaveAndPublishAsync(ct)</c> (or <c>CommitAndPublishAsync(transaction, ct)</c>). The
/// notification is published only after the commit, once the connection that committed it is back in the
/// pool, and before the call returns: every module that reacts in-process has reacted by then.
/// </summary>
public static class OutboxDbContextExtensions
{
    /// <summary>Adds the notification to this module's outbox; the save that stores the change stores it too.</summary>
    public static void Add(this DbSet<OutboxMessage> outbox, IIntegrationEvent notification) =>
        outbox.Add(OutboxMessage.From(notification));

    /// <summary>
    /// Saves and commits, then publishes the outbox rows this save wrote, in-process: the handlers of
    /// other modules run before this returns. The rows are claimed in their INSERT, so the publish needs no
    /// second write; whatever it cannot deliver, the sweep delivers later, and a failed publish never fails
    /// the save. A plain <c>SaveChangesAsync</c> runs no other module's code: its outbox rows wait for the
    /// sweep (seconds later), and the save logs a warning saying so.
    /// </summary>
    /// <exception cref="InvalidOperationException">Inside a transaction: use <see cref="CommitAndPublishAsync"/>.</exception>
    public static async Task<int> SaveAndPublishAsync(this DbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("Inside a transaction nothing may be published before it commits: use CommitAndPublishAsync(transaction).");
        var outbox = DispatcherOf(db);
        var claimed = ClaimNewRows(db, outbox);
        var saved = await ForgottenUnlessCommittedAsync(db, claimed, () => db.SaveChangesAsync(cancellationToken));
        // EF opened the connection for this save and has closed it: the handlers can have it from the pool.
        await outbox.PublishCommittedAsync(claimed, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Saves what is still pending into <paramref name="transaction"/>, commits it, then publishes the
    /// outbox rows that save wrote, as <see cref="SaveAndPublishAsync"/> does. Rows saved earlier in the
    /// transaction by a plain <c>SaveChangesAsync</c> are left to the sweep.
    /// </summary>
    public static async Task CommitAndPublishAsync(this DbContext db, IDbContextTransaction transaction, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction != transaction)
            throw new InvalidOperationException("CommitAndPublishAsync commits the context's current transaction; this one is not it.");
        var outbox = DispatcherOf(db);
        var claimed = ClaimNewRows(db, outbox);
        await ForgottenUnlessCommittedAsync(db, claimed, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            // Committing also closes the connection EF opened for the transaction: it is back in the pool before
            // the handlers ask for theirs. (A caller that opened the connection itself keeps holding it.)
            await transaction.CommitAsync(cancellationToken);
            return 0;
        });
        await outbox.PublishCommittedAsync(claimed, cancellationToken);
    }

    private static IOutboxDispatcher DispatcherOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider
            ?.GetKeyedService<IOutboxDispatcher>(db.GetType())
        ?? throw new InvalidOperationException($"{db.GetType().Name} has no outbox dispatcher: register it with AddModuleDbContext.");

    /// <summary>The lease goes into the INSERT, so this process owns the rows from the commit on without another write.</summary>
    private static List<OutboxMessage> ClaimNewRows(DbContext db, IOutboxDispatcher outbox)
    {
        var claimed = new List<OutboxMessage>();
        foreach (var entry in db.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State != EntityState.Added)
                continue;
            entry.Entity.LockedUntil = outbox.ClaimedUntil();
            claimed.Add(entry.Entity);
        }

        return claimed;
    }

    /// <summary>
    /// A notification stands for the change it was added with: when that change does not commit, the notification is
    /// forgotten with it. Left tracked, it would leave with the next save of the same context, beside a change it does
    /// not describe (the simulator, seed 304: a render whose success failed to save went on to fail, and that failure's
    /// commit sent the success's GenerationSucceeded too, so Credits charged for a failed sprite).
    /// </summary>
    private static async Task<int> ForgottenUnlessCommittedAsync(DbContext db, List<OutboxMessage> claimed, Func<Task<int>> saveAndCommit)
    {
        try
        {
            return await saveAndCommit();
        }
        catch
        {
            foreach (var message in claimed)
                db.Entry(message).State = EntityState.Detached;
            throw;
        }
    }
}
