using System.Threading.RateLimiting;

namespace SpriteDX.Modules.Accounts.Features.Mail;

/// <summary>
/// How many messages of one kind (reset links, confirmation links) one address may be sent per hour, so nobody can
/// fill a person's inbox; the per-client limits stop one client trying many addresses. Per instance, which is enough
/// to stop a flood. Registered once per kind, keyed by <see cref="PasswordReset"/> or <see cref="Confirmation"/>.
/// </summary>
internal sealed class MailPerAddressLimit(int perAddressPerHour)
{
    public const string PasswordReset = "password-reset";
    public const string Confirmation = "confirmation";

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perAddressPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string normalizedEmail)
    {
        using var lease = _perAddress.AttemptAcquire(normalizedEmail);
        return lease.IsAcquired;
    }
}
