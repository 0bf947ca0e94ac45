using SpriteDX.Modules.Admin.Domain;
using SpriteDX.Modules.Credits.Contracts;

namespace SpriteDX.UnitTests.Admin;

/// <summary>Notifications may arrive out of order; the read model keeps what is newest.</summary>
public sealed class AccountOverviewTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_older_balance_arriving_late_does_not_replace_a_newer_one()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BalanceChanged(Changed(590, testBalance: 500, at: Noon.AddMinutes(2), version: 3));
        account.BalanceChanged(Changed(90, at: Noon.AddMinutes(1), version: 2));

        (account.Balance, account.TestBalance, account.LiveBalance).Should().Be((590L, 500L, 90L));
        (account.BalanceAt, account.BalanceVersion).Should().Be((Noon.AddMinutes(2), 3L));
    }

    // Seen by the simulator (seed 1, 32 steps: Admin 100, Credits 90). A spend reads the clock, waits for a failed
    // generation's release to commit and commits after it: ordered by time, the release's balance stayed.
    [Test]
    public void The_balance_follows_the_order_of_commits_not_of_clock_readings()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BalanceChanged(Changed(100, at: Noon.AddMilliseconds(5), version: 7));
        account.BalanceChanged(Changed(90, at: Noon, version: 8));

        account.Balance.Should().Be(90);
    }

    [Test]
    public void An_announcement_stored_before_versions_only_replaces_an_older_one_without_a_version()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BalanceChanged(Changed(100, at: Noon, version: 0));
        account.BalanceChanged(Changed(0, owed: 400, at: Noon.AddSeconds(1), version: 0));
        (account.Balance, account.Owed).Should().Be((0L, 400L));

        account.BalanceChanged(Changed(70, at: Noon.AddSeconds(2), version: 1));
        account.BalanceChanged(Changed(50, at: Noon.AddSeconds(3), version: 0));
        account.Balance.Should().Be(70);
    }

    private static CreditBalanceChanged Changed(long balance, DateTimeOffset at, long version, long owed = 0, long testBalance = 0) =>
        new(Guid.NewGuid(), at, Guid.NewGuid(), Delta: 0, balance, owed, "spend", "Sprite generation", testBalance, BalanceVersion: version);

    [Test]
    public void Last_seen_only_moves_forward()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.Seen(Noon.AddHours(1));
        account.Seen(Noon);

        account.LastSeenAt.Should().Be(Noon.AddHours(1));
    }

    [Test]
    public void A_late_billing_mode_change_does_not_undo_a_newer_one()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BillingModeChanged(false, Noon.AddMinutes(5));
        account.BillingModeChanged(true, Noon.AddMinutes(1));

        account.IsTestBillingAccount.Should().BeFalse();
        account.Has(AccountFlag.TestBilling).Should().BeFalse();
    }

    [TestCase(1000, 0, false, "paid")]
    [TestCase(1000, 300, false, "partially_refunded")]
    [TestCase(1000, 1000, false, "refunded")]
    [TestCase(1000, 0, true, "disputed")]
    public void A_purchase_line_says_what_became_of_the_payment(long amount, long refunded, bool disputed, string status) =>
        new PurchaseLine { AmountMinor = amount, RefundedMinor = refunded, IsDisputed = disputed }.Status.Should().Be(status);

    [TestCase(500, "usd", "$5.00")]
    [TestCase(123456, "eur", "€1,234.56")]
    [TestCase(500, "JPY", "¥500")]
    [TestCase(999, "cad", "9.99 CAD")]
    public void Money_is_written_in_the_currency_s_major_unit(long minor, string currency, string text) =>
        MoneyText.Format(minor, currency).Should().Be(text);

    [Test]
    public void Every_flag_has_a_code_that_reads_back()
    {
        foreach (var flag in AccountFlags.All)
            AccountFlags.FromCode(flag.Code()).Should().Be(flag);
        AccountFlags.FromCode("vip").Should().BeNull();
    }
}
