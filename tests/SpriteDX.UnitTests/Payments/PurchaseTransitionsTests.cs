using SpriteDX.Modules.Payments.Domain;
using SpriteDX.UnitTests.BuildingBlocks;
using static SpriteDX.Modules.Payments.Domain.PurchaseStatus;
using static SpriteDX.Modules.Payments.Domain.PurchaseTransition;

namespace SpriteDX.UnitTests.Payments;

internal sealed class PurchaseTransitionsTests
{
    private static readonly Dictionary<PurchaseTransition, (PurchaseStatus[] From, PurchaseStatus? To)> Expected = new()
    {
        [Pay] = ([Pending, Processing], Paid),
        [AwaitBank] = ([Pending, Processing], Processing),
        [PurchaseTransition.Fail] = ([Pending, Processing], Failed),
        [Expire] = ([Pending, Processing], Expired),
        [Refund] = ([Paid, PartiallyRefunded, Refunded, Disputed, DisputeWon, DisputeLost], null),
        [ReverseRefund] = ([Paid, PartiallyRefunded, Refunded, Disputed, DisputeWon, DisputeLost], null),
        [Dispute] = ([Paid, PartiallyRefunded, Refunded, Disputed], Disputed),
        [WinDispute] = ([Paid, PartiallyRefunded, Refunded, Disputed], DisputeWon),
        [LoseDispute] = ([Paid, PartiallyRefunded, Refunded, Disputed], DisputeLost),
    };

    private static IEnumerable<TestCaseData> Pairs() => TransitionTableCases.Every(Expected);

    /// <summary>Refunds and disputes change a loaded purchase; the settling transitions are conditional UPDATEs in PurchaseFulfilment.</summary>
    private static IEnumerable<TestCaseData> InMemoryPairs() => Pairs().Where(c => c.Arguments[1] is Refund or ReverseRefund or Dispute or WinDispute or LoseDispute);

    [TestCaseSource(nameof(Pairs))]
    public void A_purchase_moves_only_where_its_table_allows(PurchaseStatus state, PurchaseTransition transition, bool allowed, PurchaseStatus? to)
    {
        var purchase = InState(state);

        TransitionTableCases.Verify(Purchase.Transitions, purchase, p => p.Status, transition, allowed, to);
        purchase.CanStillBePaid.Should().Be(Purchase.Transitions.Allows(state, Pay));
    }

    [TestCaseSource(nameof(InMemoryPairs))]
    public void Refunds_disputes_and_their_outcomes_record_only_on_a_purchase_that_was_paid(PurchaseStatus state, PurchaseTransition transition, bool allowed, PurchaseStatus? to)
    {
        var purchase = InState(state);

        var record = () => transition switch
        {
            Refund => purchase.RecordRefund(100),
            ReverseRefund => purchase.ReverseRefund(100, 100),
            Dispute => purchase.RecordDispute(),
            WinDispute => purchase.WinDispute(),
            _ => purchase.LoseDispute(),
        };

        if (allowed)
            record.Should().NotThrow().Which.Should().BeGreaterThanOrEqualTo(0);
        else
            record.Should().Throw<InvalidOperationException>("callers ask Can first: the expected refusal is answered there");
        if (allowed && to is not null)
            purchase.Status.Should().Be(to);
        if (!allowed)
            purchase.Status.Should().Be(state);
    }

    private static Purchase InState(PurchaseStatus status) => new()
    {
        Id = Guid.NewGuid(), AccountId = Guid.NewGuid(), PackId = "pack", PackName = "Pack", Credits = 500, AmountMinor = 500, Currency = "usd",
        Status = status, PaidAt = status is Paid or PartiallyRefunded or Refunded or Disputed or DisputeWon or DisputeLost ? DateTimeOffset.UtcNow : null,
    };
}
