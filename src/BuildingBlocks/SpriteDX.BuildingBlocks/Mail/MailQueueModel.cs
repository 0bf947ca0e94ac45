using Microsoft.EntityFrameworkCore;

namespace SpriteDX.BuildingBlocks.Mail;

public static class MailQueueModel
{
    /// <summary>The `mail_queue` table of a module that sends e-mail (its own database, like its outbox).</summary>
    public static ModelBuilder ApplyMailQueue(this ModelBuilder model)
    {
        model.Entity<QueuedEmail>(mail =>
        {
            mail.ToTable("mail_queue");
            mail.HasKey(m => m.Id);
            mail.Property(m => m.To).HasMaxLength(320);
            mail.Property(m => m.Subject).HasMaxLength(300);
            mail.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        });
        return model;
    }
}
