using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.UnitTests.Payments;

public sealed class BillingAccountTests
{
    private static readonly DateTimeOffset Registered = DateTimeOffset.UnixEpoch;

    [Test]
    public void A_newer_address_replaces_the_one_announced_before()
    {
        var account = new BillingAccount();
        account.RecordEmail("old@example.com", Registered);

        account.RecordEmail("new@example.com", Registered.AddDays(1));

        account.Email.Should().Be("new@example.com");
    }

    [Test]
    public void An_older_announcement_arriving_late_does_not_undo_a_newer_one()
    {
        var account = new BillingAccount();
        account.RecordEmail("new@example.com", Registered.AddDays(1));

        account.RecordEmail("old@example.com", Registered);

        account.Email.Should().Be("new@example.com");
    }
}
