using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.UnitTests.BuildingBlocks;

public sealed class WholeNumberInputTests
{
    [TestCase("50", 50)]
    [TestCase(" 7 ", 7)]
    [TestCase("+9", 9)]
    [TestCase("-10", -10)]
    [TestCase("100", 100)]
    public void Digits_with_an_optional_sign_within_the_range_are_read(string text, long expected) =>
        WholeNumberInput.Read(text, -10, 100).Should().Be(new WholeNumber(expected, WholeNumberProblem.None));

    [TestCase(null, WholeNumberProblem.Empty)]
    [TestCase("  ", WholeNumberProblem.Empty)]
    [TestCase("fifty", WholeNumberProblem.NotAWholeNumber)]
    [TestCase("1e3", WholeNumberProblem.NotAWholeNumber)]
    [TestCase("--5", WholeNumberProblem.NotAWholeNumber)]
    [TestCase("-", WholeNumberProblem.NotAWholeNumber)]
    [TestCase("1,5", WholeNumberProblem.Separators)]
    [TestCase("12.50", WholeNumberProblem.Separators)]
    [TestCase("1 000", WholeNumberProblem.Separators)]
    [TestCase("1'000", WholeNumberProblem.Separators)]
    [TestCase("1_000", WholeNumberProblem.Separators)]
    [TestCase("-11", WholeNumberProblem.TooSmall)]
    [TestCase("-99999999999999999999999", WholeNumberProblem.TooSmall)]
    [TestCase("101", WholeNumberProblem.TooLarge)]
    [TestCase("99999999999999999999999", WholeNumberProblem.TooLarge)]
    public void Anything_else_is_refused_with_what_is_wrong(string? text, WholeNumberProblem problem)
    {
        var read = WholeNumberInput.Read(text, -10, 100);

        read.Problem.Should().Be(problem);
        read.IsValid.Should().BeFalse();
    }
}
