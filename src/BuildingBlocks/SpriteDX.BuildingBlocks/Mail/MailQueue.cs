using Microsoft.EntityFrameworkCore;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>How a module sends e-mail: the message is stored in its own database and sent in the background.</summary>
public sealed class MailQueue<TContext>(TContext db, MailQueueSignal<TContext> signal, TimeProvider clock)
    where TContext : DbContext
{
    /// <exception cref="ArgumentException">A header field holds a line break, or the address is not one address.</exception>
    public async Task QueueAsync(string to, string subject, string htmlBody, string textBody, CancellationToken cancellationToken)
    {
        db.Set<QueuedEmail>().Add(QueuedEmail.For(to, subject, htmlBody, textBody, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }

    /// <summary>A message laid out by <see cref="EmailLayout"/>, saved with whatever the caller's context has pending (its inbox claim).</summary>
    /// <exception cref="ArgumentException">A header field holds a line break, or the address is not one address.</exception>
    public Task QueueAsync(string to, EmailContent content, CancellationToken cancellationToken) =>
        QueueAsync(to, content.Subject, EmailLayout.Html(content), EmailLayout.Text(content), cancellationToken);

    /// <summary>Messages given up on (refused, or still failing after every retry), newest first, for admins.</summary>
    public Task<List<QueuedEmail>> FailedAsync(int count, CancellationToken cancellationToken) =>
        db.Set<QueuedEmail>().AsNoTracking().Where(m => m.FailedAt != null)
            .OrderByDescending(m => m.FailedAt).Take(count).ToListAsync(cancellationToken);

    public Task<int> WaitingCountAsync(CancellationToken cancellationToken) =>
        db.Set<QueuedEmail>().CountAsync(m => m.SentAt == null && m.FailedAt == null, cancellationToken);
}

/// <summary>Wakes the sender when a message is queued, so it goes out at once instead of at the next poll.</summary>
public sealed class MailQueueSignal<TContext>
    where TContext : DbContext
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one wake-up sends everything that is due.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
