using SpriteDX.Modules.Generation.Interpretation;

namespace SpriteDX.UnitTests.Generation.Interpretation;

[TestFixture]
internal sealed class LexiconTests
{
    [Test]
    public void Knows_hundreds_of_nouns()
    {
        TestContext.Out.WriteLine($"{Lexicon.NounCount} nouns and phrases for {Lexicon.Subjects.Count} subjects; {Lexicon.WordCount} words in all");

        Lexicon.NounCount.Should().BeGreaterThanOrEqualTo(800);
    }

    [Test]
    public void Every_subject_is_named_by_its_own_word() =>
        Lexicon.Subjects.Keys.Where(subject => PromptInterpreter.Interpret(subject).Subject != subject).Should().BeEmpty();

    [Test]
    public void Every_category_has_subjects() =>
        Lexicon.Subjects.Values.Distinct().Should().BeEquivalentTo(Enum.GetValues<SubjectCategory>());

    [Test]
    public void Robots_and_skeletons_are_characters()
    {
        Lexicon.Subjects["robot"].Should().Be(SubjectCategory.Character);
        Lexicon.Subjects["skeleton"].Should().Be(SubjectCategory.Character);
    }
}
