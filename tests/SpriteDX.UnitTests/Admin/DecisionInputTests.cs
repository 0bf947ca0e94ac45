using SpriteDX.Modules.Admin.Features.Decisions;

namespace SpriteDX.UnitTests.Admin;

public sealed class DecisionInputTests
{
    [TestCase("500", 500)]
    [TestCase(" -200 ", -200)]
    [TestCase("+50", 50)]
    [TestCase("1000000", 1_000_000)]
    [TestCase("-1000000", -1_000_000)]
    public void A_whole_non_zero_amount_within_the_limit_is_accepted(string text, long expected) =>
        DecisionInput.ParseCredits(text).Should().Be((expected, (string?)null));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("abc")]
    [TestCase("12.5")]
    [TestCase("1e3")]
    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("1000001")]
    [TestCase("-1000001")]
    [TestCase("99999999999999999999999")]
    [TestCase("-9223372036854775808")]
    [TestCase("1,5")]
    [TestCase("12,50")]
    [TestCase("1,000")]
    [TestCase("1 000")]
    [TestCase("+-5")]
    [TestCase("٥٠٠")]
    public void Anything_else_is_refused_with_a_sentence(string? text)
    {
        var (amount, error) = DecisionInput.ParseCredits(text);

        amount.Should().Be(0);
        error.Should().NotBeNullOrWhiteSpace().And.EndWith(".");
    }

    [Test]
    public void An_overflowing_number_is_called_too_large_rather_than_not_a_number() =>
        DecisionInput.ParseCredits("-99999999999999999999999").Error.Should().Be("An adjustment can move at most 1,000,000 credits.");

    [TestCase("1,5")]
    [TestCase("12,50")]
    [TestCase("1.000")]
    public void A_separator_is_refused_with_the_reason_not_read_as_a_bigger_number(string text) =>
        DecisionInput.ParseCredits(text).Error.Should().Contain("without separators");

    [Test]
    public void The_smallest_long_is_too_large_rather_than_an_overflow() =>
        DecisionInput.ParseCredits("-9223372036854775808").Error.Should().Be("An adjustment can move at most 1,000,000 credits.");

    [TestCase(null, false)]
    [TestCase("  ", false)]
    [TestCase("Contest prize", true)]
    public void A_reason_is_required(string? reason, bool valid) =>
        (DecisionInput.ReasonError(reason) is null).Should().Be(valid);

    [Test]
    public void A_reason_may_be_200_characters_long_but_no_longer()
    {
        DecisionInput.ReasonError(new string('x', 200)).Should().BeNull();
        DecisionInput.ReasonError(new string('x', 201)).Should().Be("Keep the reason to 200 characters.");
    }
}
