using SpriteDX.Modules.Credits.Domain;
using SpriteDX.UnitTests.BuildingBlocks;
using static SpriteDX.Modules.Credits.Domain.ReservationStatus;
using static SpriteDX.Modules.Credits.Domain.ReservationTransition;

namespace SpriteDX.UnitTests.Credits;

internal sealed class CreditAccountTests
{
    //            rule                                  balance  wanted  expected
    [TestCase(DebitRule.MustCover, 100, 30, "take 30, owe 0")]
    [TestCase(DebitRule.MustCover, 30, 30, "take 30, owe 0")]
    [TestCase(DebitRule.MustCover, 20, 30, "refused, 20 available")]
    [TestCase(DebitRule.MustCover, 0, 30, "refused, 0 available")]
    [TestCase(DebitRule.TakeAvailable, 100, 30, "take 30, owe 0")]
    [TestCase(DebitRule.TakeAvailable, 20, 30, "take 20, owe 0")]
    [TestCase(DebitRule.TakeAvailable, 0, 30, "refused, 0 available")]
    [TestCase(DebitRule.TakeAvailableAndOweTheRest, 100, 30, "take 30, owe 0")]
    [TestCase(DebitRule.TakeAvailableAndOweTheRest, 20, 30, "take 20, owe 10")]
    [TestCase(DebitRule.TakeAvailableAndOweTheRest, 0, 30, "take 0, owe 30")]
    public void A_debit_takes_what_its_rule_allows_and_never_more_than_the_balance(DebitRule rule, long balance, long wanted, string expected)
    {
        var account = new CreditAccount { AccountId = Guid.NewGuid(), Balance = balance };

        var decision = account.Debit(wanted, rule);

        var described = decision switch
        {
            DebitDecision.Take take => $"take {take.Credits}, owe {take.Owe}",
            DebitDecision.Refused refused => $"refused, {refused.Available} available",
            _ => throw new InvalidOperationException(),
        };
        described.Should().Be(expected);
        if (decision is DebitDecision.Take taken)
            account.Covers(taken.Credits).Should().BeTrue("the ledger's UPDATE only takes what the balance covers");
    }

    [Test]
    public void A_debit_of_nothing_or_less_is_a_mistake_not_a_movement()
    {
        var account = new CreditAccount { Balance = 100 };

        account.Invoking(a => a.Debit(0, DebitRule.MustCover)).Should().Throw<ArgumentOutOfRangeException>();
    }

    //       owed  credits  settles  adds
    [TestCase(0, 500, 0, 500)]
    [TestCase(120, 500, 120, 380)]
    [TestCase(500, 500, 500, 0)]
    [TestCase(620, 500, 500, 0)]
    public void A_credit_pays_what_is_owed_first_and_adds_only_the_rest(long owed, long credits, long settles, long adds)
    {
        var account = new CreditAccount { AccountId = Guid.NewGuid(), Balance = 0, Owed = owed };

        var decision = account.Credit(credits);

        decision.Should().Be(new CreditDecision(SettlesOwed: settles, AddsToBalance: adds, AddsTest: 0, DroppedTest: 0));
    }

    //       test mode  owed  credits  test  settles  adds  adds test  dropped
    [TestCase(true, 120, 500, 500, 0, 500, 500, 0)]
    [TestCase(true, 120, 500, 200, 120, 380, 200, 0)]
    [TestCase(false, 0, 500, 500, 0, 0, 0, 500)]
    [TestCase(false, 50, 500, 200, 50, 250, 0, 200)]
    public void Test_credits_never_pay_a_debt_and_are_not_added_after_the_account_left_test_mode(
        bool testMode, long owed, long credits, long test, long settles, long adds, long addsTest, long dropped)
    {
        var account = new CreditAccount { AccountId = Guid.NewGuid(), Owed = owed, TestMode = testMode, TestModeChangedAt = DateTimeOffset.UtcNow };

        account.Credit(credits, test).Should().Be(new CreditDecision(settles, adds, addsTest, dropped));
    }

    //       balance  test  wanted  rule                                    pool                 takes  test  owes
    [TestCase(100, 30, 50, DebitRule.MustCover, CreditPool.Any, 50, 30, 0)]
    [TestCase(100, 80, 50, DebitRule.MustCover, CreditPool.Any, 50, 50, 0)]
    [TestCase(100, 80, 50, DebitRule.TakeAvailableAndOweTheRest, CreditPool.Live, 20, 0, 30)]
    [TestCase(100, 80, 500, DebitRule.TakeAvailableAndOweTheRest, CreditPool.Test, 80, 80, 0)]
    [TestCase(100, 0, 500, DebitRule.TakeAvailableAndOweTheRest, CreditPool.Test, 0, 0, 0)]
    public void A_debit_takes_from_its_pool_test_credits_first_and_a_test_claw_back_owes_nothing(
        long balance, long test, long wanted, DebitRule rule, CreditPool pool, long takes, long takesTest, long owes)
    {
        var account = new CreditAccount { Balance = balance, TestBalance = test, TestMode = test > 0 };

        account.Debit(wanted, rule, pool).Should().Be(new DebitDecision.Take(takes, owes, takesTest));
    }

    [Test]
    public void An_account_never_told_of_a_mode_accepts_test_credits()
    {
        var account = new CreditAccount { AccountId = Guid.NewGuid() };

        account.Credit(500, 500).Should().Be(new CreditDecision(0, 500, 500, 0));
    }

    [Test]
    public void A_hold_of_live_credits_is_refused_when_only_test_credits_would_cover_it()
    {
        var account = new CreditAccount { Balance = 600, TestBalance = 500, TestMode = true };

        account.Debit(500, DebitRule.MustCover, CreditPool.Live).Should().Be(new DebitDecision.Refused(100));
    }

    [Test]
    public void A_credit_of_nothing_or_less_is_a_mistake_not_a_movement()
    {
        var account = new CreditAccount { Owed = 100 };

        account.Invoking(a => a.Credit(0)).Should().Throw<ArgumentOutOfRangeException>();
        account.Invoking(a => a.Credit(-5)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static readonly Dictionary<ReservationTransition, (ReservationStatus[] From, ReservationStatus? To)> Expected = new()
    {
        [Capture] = ([Reserved], Captured),
        [Release] = ([Reserved], Released),
    };

    private static IEnumerable<TestCaseData> ReservationPairs() => TransitionTableCases.Every(Expected);

    [TestCaseSource(nameof(ReservationPairs))]
    public void A_reservation_is_settled_once(ReservationStatus state, ReservationTransition transition, bool allowed, ReservationStatus? to) =>
        TransitionTableCases.Verify(Reservation.Transitions, new Reservation { Status = state }, r => r.Status, transition, allowed, to);
}
