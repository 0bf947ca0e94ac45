namespace SpriteDX.BuildingBlocks.Mail;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>`Email:From` and `Email:Smtp:*` (CONTRACT.md); without `Email:Smtp:Host` mail goes to the pickup directory.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "SpriteDX <no-reply@localhost>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Sends of one message before it is given up and shown as failed to admins.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Delay after the first failed send; doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the queue is looked at when no new message woke it (retries, other instances' messages).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
}
