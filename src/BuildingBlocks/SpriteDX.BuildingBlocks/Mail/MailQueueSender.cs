using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SpriteDX.BuildingBlocks.Telemetry;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>
/// Sends a module's queued e-mail: each due message is leased (its next attempt moved forward by one conditional
/// UPDATE, so two instances never send it twice), sent, and marked; a failure is retried with back-off until
/// <see cref="EmailOptions.MaxAttempts"/>, then kept as failed for admins. A crash between send and mark sends
/// the message again: delivery is at least once.
/// </summary>
internal sealed class MailQueueSender<TContext>(
    IServiceScopeFactory scopes,
    MailQueueSignal<TContext> signal,
    IMailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    PlatformMetrics metrics,
    ILogger<MailQueueSender<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly string Module = SpriteDxTelemetry.ModuleOf(typeof(TContext));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                }

                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Context}: mail queue pass failed", typeof(TContext).Name);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<TContext>().Set<QueuedEmail>();
        var now = clock.GetUtcNow();
        var due = await queue.AsNoTracking()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            var leased = await queue
                .Where(m => m.Id == message.Id && m.SentAt == null && m.FailedAt == null && m.NextAttemptAt == message.NextAttemptAt)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, now + Lease), cancellationToken);
            if (leased == 1)
                await SendAsync(queue, message, cancellationToken);
        }

        return due.Count;
    }

    private async Task SendAsync(DbSet<QueuedEmail> queue, QueuedEmail message, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(ToMime(message), cancellationToken);
            var sentAt = clock.GetUtcNow();
            await queue.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                set => set.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
            metrics.EmailSent(Module);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var now = clock.GetUtcNow();
            var givenUp = ex is PermanentMailFailure || attempts >= options.Value.MaxAttempts;
            DateTimeOffset? failedAt = givenUp ? now : null;
            var nextAttemptAt = now + options.Value.RetryDelayAfter(attempts);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            await queue.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.FailedAt, failedAt)
                .SetProperty(m => m.LastError, error), CancellationToken.None);
            metrics.EmailFailed(Module, givenUp);
            if (givenUp)
                logger.LogError(ex, "E-mail {MessageId} '{Subject}' failed after {Attempts} attempts; given up", message.Id, message.Subject, attempts);
            else
                logger.LogWarning(ex, "E-mail {MessageId} failed (attempt {Attempts}); retrying at {NextAttemptAt}", message.Id, attempts, nextAttemptAt);
        }
    }

    private MimeMessage ToMime(QueuedEmail message)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = message.QueuedAt, MessageId = $"{message.Id:n}@spritedx" };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
