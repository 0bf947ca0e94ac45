using System.Globalization;
using SpriteDX.Modules.Generation.Interpretation;

namespace SpriteDX.UnitTests.Generation.Interpretation;

/// <summary>
/// The issue's measure: the prompts indie developers type (a copy of ../shared/fixtures/prompts/everyday-prompts.tsv
/// under tests/SpriteDX.UnitTests/Fixtures) are read with the subject and category each must show.
/// </summary>
[TestFixture]
internal sealed class EverydayPromptsTests
{
    private const double RequiredShare = 0.95;

    [Test]
    public void At_least_95_percent_of_everyday_prompts_name_the_right_subject_and_category()
    {
        var lines = EverydayPrompts();
        var misses = lines
            .Select(line => (line, interpretation: PromptInterpreter.Interpret(line.Prompt)))
            .Where(read => read.interpretation.Subject != read.line.Subject || CategoryOf(read.interpretation) != read.line.Category)
            .Select(read => $"{read.line.Prompt} → {read.interpretation.Subject ?? "(none)"}/{CategoryOf(read.interpretation) ?? "-"}, expected {read.line.Subject}/{read.line.Category}")
            .ToList();

        var share = 1 - ((double)misses.Count / lines.Count);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines.Count - misses.Count}/{lines.Count} everyday prompts read right ({share:P1})"));
        foreach (var miss in misses)
            TestContext.Out.WriteLine(miss);

        lines.Should().HaveCountGreaterThan(100);
        share.Should().BeGreaterThanOrEqualTo(RequiredShare, string.Join("; ", misses));
    }

    [Test]
    public void Every_subject_the_fixture_expects_is_a_lexicon_subject_of_that_category()
    {
        foreach (var line in EverydayPrompts())
            Lexicon.Subjects.Should().Contain(new KeyValuePair<string, SubjectCategory>(line.Subject, Enum.Parse<SubjectCategory>(line.Category, ignoreCase: true)));
    }

    private static string? CategoryOf(PromptInterpretation interpretation) => interpretation.Category?.ToString().ToLowerInvariant();

    private static List<(string Prompt, string Subject, string Category)> EverydayPrompts()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "SpriteDX.UnitTests", "Fixtures", "prompts", "everyday-prompts.tsv");
        return File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1], cells[2]))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpriteDX.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}
