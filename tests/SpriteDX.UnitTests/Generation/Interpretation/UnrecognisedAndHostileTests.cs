using System.Diagnostics;
using System.Text;
using SpriteDX.Modules.Generation.Interpretation;

namespace SpriteDX.UnitTests.Generation.Interpretation;

/// <summary>Prompts that name nothing are told so (with close subjects to try), and no input makes the interpreter throw.</summary>
[TestFixture]
internal sealed class UnrecognisedAndHostileTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("something cool")]
    [TestCase("asdf qwer")]
    [TestCase("the")]
    [TestCase("42")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("a very nice pixel art sprite please")]
    [TestCase("dargon")]
    [TestCase("🐉🔥")]
    [TestCase("zorblax the unknowable")]
    public void A_prompt_without_a_known_noun_is_not_recognised(string prompt)
    {
        var interpretation = PromptInterpreter.Interpret(prompt);

        interpretation.Recognized.Should().BeFalse();
        interpretation.Subject.Should().BeNull();
        interpretation.Category.Should().BeNull();
        interpretation.Spec.Should().BeNull();
        interpretation.Summary.Should().Be(PromptInterpreter.NotRecognisedSummary);
        interpretation.Suggestions.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5).And.OnlyContain(subject => Lexicon.Subjects.ContainsKey(subject));
    }

    [TestCase("dargon", "dragon")]
    [TestCase("swrod", "sword")]
    [TestCase("potoin", "potion")]
    [TestCase("knigth", "knight")]
    [TestCase("skeleten", "skeleton")]
    [TestCase("drag", "dragon")]
    [TestCase("a big purple unicron", "unicorn")]
    public void A_misspelt_subject_is_suggested_first(string prompt, string suggestion) =>
        PromptInterpreter.Interpret(prompt).Suggestions[0].Should().Be(suggestion);

    [Test]
    public void With_nothing_close_popular_subjects_are_suggested() =>
        PromptInterpreter.Interpret("something cool").Suggestions.Should().Equal(Lexicon.PopularSubjects);

    [Test]
    public void A_recognised_prompt_suggests_nothing() =>
        PromptInterpreter.Interpret("red dragon").Suggestions.Should().BeEmpty();

    [Test]
    public void Unknown_words_are_listed_once_in_prompt_order_in_lower_case_without_filler()
    {
        var interpretation = PromptInterpreter.Interpret("A Zorblax dragon with the Quux of ZORBLAX, please");

        interpretation.UnknownWords.Should().Equal("zorblax", "quux");
        interpretation.Subject.Should().Be("dragon");
    }

    [Test]
    public void At_most_ten_unknown_words_are_listed() =>
        PromptInterpreter.Interpret(string.Join(' ', Enumerable.Range(0, 30).Select(i => $"qq{(char)('a' + (i % 26))}{i}"))).UnknownWords.Should().HaveCount(10);

    [Test]
    public void Html_in_the_prompt_never_reaches_the_summary()
    {
        var interpretation = PromptInterpreter.Interpret("<img src=x onerror=alert(1)> red <b>dragon</b>");

        interpretation.Subject.Should().Be("dragon");
        interpretation.Summary.Should().Be("32×32 red dragon");
        interpretation.UnknownWords.Should().OnlyContain(word => word.All(char.IsLetterOrDigit));
    }

    [Test]
    public void The_summary_holds_only_lexicon_words_whatever_the_prompt()
    {
        var interpretation = PromptInterpreter.Interpret("evil blorp dragon with glorb wings holding a snark sword");

        interpretation.Summary.Should().NotContain("blorp").And.NotContain("glorb").And.NotContain("snark");
        interpretation.UnknownWords.Should().Equal("blorp", "glorb", "snark");
    }

    [TestCaseSource(nameof(HostilePrompts))]
    public void Never_throws(string prompt)
    {
        var read = () => PromptInterpreter.Interpret(prompt);

        read.Should().NotThrow();
    }

    [Test]
    public void Reads_a_long_prompt_in_well_under_a_few_milliseconds()
    {
        var prompt = string.Concat(Enumerable.Repeat("evil dark red dragon with big wings holding a golden sword, ", 9))[..500];
        PromptInterpreter.Interpret(prompt);
        PromptInterpreter.Interpret("dargon swrod potoin zzzzzzzzzzzzz");

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            PromptInterpreter.Interpret(prompt);
            PromptInterpreter.Interpret("dargon swrod potoin zzzzzzzzzzzzz qwertyuiop asdfghjkl");
        }

        (watch.Elapsed.TotalMilliseconds / 400).Should().BeLessThan(5);
    }

    [Test]
    public void The_same_prompt_always_reads_the_same()
    {
        var first = PromptInterpreter.Interpret("cute dark blue kitten with a red hat, 16px");
        var second = PromptInterpreter.Interpret("cute dark blue kitten with a red hat, 16px");

        second.Summary.Should().Be(first.Summary);
        second.Spec.Should().BeEquivalentTo(first.Spec);
    }

    private static IEnumerable<string> HostilePrompts()
    {
        yield return "";
        yield return new string(' ', 500);
        yield return new string('a', 500);
        yield return new string('9', 500);
        yield return string.Concat(Enumerable.Repeat("of ", 166));
        yield return string.Concat(Enumerable.Repeat("with and without ", 30));
        yield return string.Concat(Enumerable.Repeat("🐉", 250));
        yield return "\ud83d";
        yield return "dragon\ud800sword\udfff";
        yield return "\0\u0001\u001b[31mred\u001b[0m dragon";
        yield return "<script>alert('x')</script>";
        yield return "'; DROP TABLE generations; --";
        yield return "ＳＷＯＲＤ";
        yield return "ﬁre ﬂower";
        yield return "İstanbul ıIiİ";
        yield return "drache mit flügeln";
        yield return "龍 ドラゴン 용";
        yield return "مرحبا تنين";
        yield return "1e9999 NaN -0 0x1F 999999999999999999999px 64x 64 x x64";
        yield return "99999x99999";
        yield return "one two three four five six seven eight nine ten eyes";
        yield return "s es ies ves";
        yield return "t-rex-t-rex-t-rex";
        yield return new string('x', 10_000);
        yield return new StringBuilder().Append("red ", 0, 4).Append(new string('\u0301', 400)).ToString();
    }
}
