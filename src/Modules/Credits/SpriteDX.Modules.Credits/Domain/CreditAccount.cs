namespace SpriteDX.Modules.Credits.Domain;

/// <summary>
/// An account's stored balance (always the sum of its ledger) and what it still owes after a claw-back
/// larger than the balance (always the sum of the ledger's owed changes). It decides what a movement does
/// (<see cref="Debit"/>, <see cref="Credit"/>); <see cref="CreditLedger"/> then applies that decision with a
/// conditional UPDATE, on the condition that the account is still as it was when it decided.
/// </summary>
internal sealed class CreditAccount
{
    public Guid AccountId { get; init; }

    public long Balance { get; init; }

    public long Owed { get; init; }

    /// <summary>How many times the balance changed: every balance UPDATE adds 1, and the announcement of the change carries it (CreditBalanceChanged.BalanceVersion).</summary>
    public long Version { get; init; }

    /// <summary>
    /// The part of <see cref="Balance"/> bought with Stripe's test environment: never real money, so it never pays
    /// a debt, is spent before live credits, and is removed when the account leaves test mode.
    /// </summary>
    public long TestBalance { get; init; }

    /// <summary>The account is a Test Billing Account.</summary>
    public bool TestMode { get; init; }

    /// <summary>When <see cref="TestMode"/> was last set; an older BillingModeChanged arriving late does not undo a newer one.</summary>
    public DateTimeOffset? TestModeChangedAt { get; init; }

    public long LiveBalance => Balance - TestBalance;

    /// <summary>
    /// Test purchases add test credits unless the account has left test mode: in test mode, or never told of a mode
    /// (an admin's test purchase on the debug page; an account flagged before Credits kept test credits apart).
    /// </summary>
    public bool AcceptsTestCredits => TestMode || TestModeChangedAt is null;

    /// <summary>When the person was told about their sign-up bonus (shown once).</summary>
    public DateTimeOffset? BonusNoticeShownAt { get; set; }

    /// <summary>The guard of every debit, repeated by the ledger's UPDATE as <c>WHERE Balance &gt;= @take</c>: the balance never goes negative.</summary>
    public bool Covers(long credits) => Balance >= credits;

    /// <summary>
    /// What taking <paramref name="wanted"/> credits from <paramref name="pool"/> does under <paramref name="rule"/>, read at a glance
    /// ("the pool" is the whole balance, its live part or its test part):
    /// <code>
    ///                               pool covers it      pool short, not empty          pool empty
    /// MustCover (a spend, a hold)   take all            refused                        refused
    /// TakeAvailable (admin debit)   take all            take the pool                  refused
    /// TakeAvailableAndOweTheRest    take all            take the pool, owe rest        owe all
    /// </code>
    /// Taking from the whole balance takes test credits first. Test credits are never real money, so a test
    /// claw-back owes nothing: it takes what test credits there are.
    /// </summary>
    public DebitDecision Debit(long wanted, DebitRule rule, CreditPool pool = CreditPool.Any)
    {
        if (wanted <= 0)
            throw new ArgumentOutOfRangeException(nameof(wanted), wanted, "A debit takes a positive number of credits.");
        var available = pool switch
        {
            CreditPool.Live => LiveBalance,
            CreditPool.Test => TestBalance,
            _ => Balance,
        };
        if (available >= wanted)
            return Take(wanted, pool, owe: 0);

        return rule switch
        {
            DebitRule.MustCover => new DebitDecision.Refused(available),
            DebitRule.TakeAvailable when available > 0 => Take(available, pool, owe: 0),
            DebitRule.TakeAvailable => new DebitDecision.Refused(available),
            DebitRule.TakeAvailableAndOweTheRest => Take(available, pool, owe: pool == CreditPool.Test ? 0 : wanted - available),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    private DebitDecision.Take Take(long credits, CreditPool pool, long owe) => new(credits, owe, pool switch
    {
        CreditPool.Live => 0,
        CreditPool.Test => credits,
        _ => Math.Min(TestBalance, credits),
    });

    /// <summary>
    /// What adding <paramref name="credits"/>, <paramref name="testCredits"/> of them test credits, does: live credits
    /// pay what is owed first, only the rest reaches the balance, so a debt never sits beside spendable live credits.
    /// Test credits never pay a real debt, and they are not added once the account has left test mode (its test
    /// money then buys nothing). The ledger's UPDATE repeats the debt and <see cref="AcceptsTestCredits"/> this was
    /// decided on as its condition.
    /// </summary>
    public CreditDecision Credit(long credits, long testCredits = 0)
    {
        if (credits <= 0)
            throw new ArgumentOutOfRangeException(nameof(credits), credits, "A credit adds a positive number of credits.");
        if (testCredits < 0 || testCredits > credits)
            throw new ArgumentOutOfRangeException(nameof(testCredits), testCredits, "Test credits are a part of the credit.");
        var live = credits - testCredits;
        var test = AcceptsTestCredits ? testCredits : 0;
        var settles = Math.Min(Owed, live);
        return new CreditDecision(SettlesOwed: settles, AddsToBalance: live - settles + test, AddsTest: test, DroppedTest: testCredits - test);
    }
}

/// <summary>
/// An account's answer to a credit: how much of it pays what is owed, how much is added to the balance (of which
/// <paramref name="AddsTest"/> test credits), and how many test credits it drops because the account left test mode.
/// </summary>
internal sealed record CreditDecision(long SettlesOwed, long AddsToBalance, long AddsTest, long DroppedTest);

/// <summary>Which credits a debit may take.</summary>
internal enum CreditPool
{
    /// <summary>Any (a spend): test credits first, so test money is used up before real money while testing.</summary>
    Any,

    /// <summary>Only live credits (a claw-back or hold of a live purchase).</summary>
    Live,

    /// <summary>Only test credits (a claw-back or hold of a test purchase, the removal of test credits).</summary>
    Test,
}

/// <summary>What a movement does when the balance cannot cover a debit.</summary>
internal enum DebitRule
{
    /// <summary>A spend: refused unless the whole amount is there; the balance never goes negative.</summary>
    MustCover,

    /// <summary>A claw-back: takes what is there and records the rest as owed.</summary>
    TakeAvailableAndOweTheRest,

    /// <summary>An admin debit: takes what is there, up to the amount.</summary>
    TakeAvailable,
}

/// <summary>An account's answer to a debit: what to take from the balance and add to the debt, or a refusal.</summary>
internal abstract record DebitDecision
{
    private DebitDecision()
    {
    }

    /// <summary>Takes <paramref name="Credits"/>, <paramref name="TestCredits"/> of them test credits, and adds <paramref name="Owe"/> to the debt.</summary>
    public sealed record Take(long Credits, long Owe, long TestCredits = 0) : DebitDecision;

    /// <summary>Expected, not an error: a spend larger than the balance.</summary>
    public sealed record Refused(long Available) : DebitDecision;
}
