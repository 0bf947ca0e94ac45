using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.UnitTests.Payments;

public sealed class PurchaseTests
{
    [Test]
    public void A_full_refund_takes_back_every_credit()
    {
        var purchase = Paid(credits: 500, amountMinor: 500);

        purchase.RecordRefund(500).Should().Be(500);

        purchase.Status.Should().Be(PurchaseStatus.Refunded);
        purchase.CreditsTakenBack.Should().Be(500);
    }

    [Test]
    public void A_partial_refund_takes_back_credits_in_proportion()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);

        purchase.RecordRefund(500).Should().Be(600);

        purchase.Status.Should().Be(PurchaseStatus.PartiallyRefunded);
        purchase.RefundedMinor.Should().Be(500);
    }

    [Test]
    public void Partial_refunds_that_add_up_to_the_whole_amount_take_back_exactly_all_credits()
    {
        var purchase = Paid(credits: 3000, amountMinor: 2000);

        var taken = new[] { 333L, 333L, 1, 1333 }.Sum(refund => purchase.RecordRefund(refund));

        taken.Should().Be(3000);
        purchase.Status.Should().Be(PurchaseStatus.Refunded);
    }

    [Test]
    public void A_refund_worth_less_than_a_credit_takes_nothing_until_the_shares_add_up()
    {
        var purchase = Paid(credits: 500, amountMinor: 1000);

        purchase.RecordRefund(1).Should().Be(0);
        purchase.RecordRefund(1).Should().Be(1);
    }

    [Test]
    public void A_dispute_freezes_only_what_refunds_left()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);
        purchase.RecordRefund(250);

        purchase.RecordDispute().Should().Be(900);

        purchase.Status.Should().Be(PurchaseStatus.Disputed);
        purchase.CreditsTakenBack.Should().Be(1200);
    }

    [Test]
    public void A_refund_after_a_dispute_takes_nothing_more_and_keeps_the_purchase_disputed()
    {
        var purchase = Paid(credits: 500, amountMinor: 500);
        purchase.RecordDispute();

        purchase.RecordRefund(500).Should().Be(0);

        purchase.Status.Should().Be(PurchaseStatus.Disputed);
        purchase.CreditsTakenBack.Should().Be(500);
    }

    [Test]
    public void Refunding_more_than_was_paid_never_takes_back_more_than_was_bought()
    {
        var purchase = Paid(credits: 500, amountMinor: 500);

        (purchase.RecordRefund(400) + purchase.RecordRefund(400)).Should().Be(500);

        purchase.RefundedMinor.Should().Be(500);
    }

    [Test]
    public void A_won_dispute_returns_exactly_what_it_froze()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);
        purchase.RecordRefund(250);
        var frozen = purchase.RecordDispute();

        purchase.WinDispute().Should().Be(frozen);

        purchase.Status.Should().Be(PurchaseStatus.DisputeWon);
        purchase.CreditsTakenBack.Should().Be(300);
    }

    [Test]
    public void A_refund_recorded_while_a_dispute_was_open_keeps_its_share_when_the_dispute_is_won()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);
        purchase.RecordDispute();
        purchase.RecordRefund(250).Should().Be(0);

        purchase.WinDispute().Should().Be(900);

        purchase.CreditsTakenBack.Should().Be(300);
    }

    [Test]
    public void A_dispute_closed_before_it_was_seen_open_returns_nothing_when_won_and_takes_everything_when_lost()
    {
        Paid(credits: 500, amountMinor: 500).WinDispute().Should().Be(0);

        var lost = Paid(credits: 500, amountMinor: 500);
        lost.LoseDispute().Should().Be(500);
        lost.Status.Should().Be(PurchaseStatus.DisputeLost);
    }

    [Test]
    public void A_lost_dispute_takes_nothing_more_than_it_froze()
    {
        var purchase = Paid(credits: 500, amountMinor: 500);
        purchase.RecordDispute();

        purchase.LoseDispute().Should().Be(0);

        purchase.CreditsTakenBack.Should().Be(500);
    }

    [Test]
    public void A_failed_refund_restores_exactly_what_it_took_and_the_status_it_left()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);
        purchase.RecordRefund(250);
        var taken = purchase.RecordRefund(250);

        purchase.ReverseRefund(250, taken).Should().Be(taken);

        purchase.Status.Should().Be(PurchaseStatus.PartiallyRefunded);
        (purchase.RefundedMinor, purchase.CreditsTakenBack).Should().Be((250, 300));
        purchase.ReverseRefund(250, 300).Should().Be(300);
        purchase.Status.Should().Be(PurchaseStatus.Paid);
    }

    [Test]
    public void A_refund_failing_while_a_dispute_is_open_leaves_its_credits_frozen_until_the_dispute_is_won()
    {
        var purchase = Paid(credits: 1200, amountMinor: 1000);
        var taken = purchase.RecordRefund(250);
        purchase.RecordDispute();

        purchase.ReverseRefund(250, taken).Should().Be(0);

        purchase.Status.Should().Be(PurchaseStatus.Disputed);
        purchase.WinDispute().Should().Be(1200);
    }

    [Test]
    public void Every_change_moves_the_concurrency_version()
    {
        var purchase = Paid(credits: 500, amountMinor: 500);

        purchase.RecordRefund(100);
        purchase.RecordDispute();

        purchase.Version.Should().Be(2);
    }

    private static Purchase Paid(int credits, long amountMinor) => new()
    {
        Id = Guid.NewGuid(), AccountId = Guid.NewGuid(), PackId = "pack", PackName = "Pack", Credits = credits, AmountMinor = amountMinor,
        Currency = "usd", Status = PurchaseStatus.Paid, PaidAt = DateTimeOffset.UtcNow,
    };
}
