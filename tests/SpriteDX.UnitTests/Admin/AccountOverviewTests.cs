using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.UnitTests.Admin;

/// <summary>Notifications may arrive out of order; the read model keeps what is newest.</summary>
public sealed class AccountOverviewTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void An_older_balance_arriving_late_does_not_replace_a_newer_one()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BalanceChanged(590, 0, 500, Noon.AddMinutes(2));
        account.BalanceChanged(90, 0, 0, Noon.AddMinutes(1));

        (account.Balance, account.TestBalance, account.LiveBalance).Should().Be((590L, 500L, 90L));
        account.BalanceAt.Should().Be(Noon.AddMinutes(2));
    }

    [Test]
    public void A_newer_balance_replaces_the_older_one_with_its_debt()
    {
        var account = AccountOverview.Open(Guid.NewGuid(), Noon);

        account.BalanceChanged(100, 0, 0, Noon);
        account.BalanceChanged(0, 400, 0, Noon.AddSeconds(1));

        (account.Balance, account.Owed).Should().Be((0L, 400L));
    }

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
