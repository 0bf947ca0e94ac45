using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SpriteDX.BuildingBlocks.PersonalData;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.UnitTests.Accounts;

public sealed class PersonalDataZipTests
{
    private static readonly DateTimeOffset PreparedAt = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Each_source_writes_into_its_own_folder_and_the_readme_says_what_every_file_is()
    {
        var zip = await PersonalDataZip.BuildAsync(Guid.NewGuid(), [new Source("credits", ("ledger.json", "Every movement.")), new Source("generation", ("sprites/a.png", "An image."))],
            PreparedAt, CancellationToken.None);

        var files = Open(zip);
        files.Keys.Should().BeEquivalentTo("credits/ledger.json", "generation/sprites/a.png", PersonalDataZip.ReadmeName);
        var readme = Encoding.UTF8.GetString(files[PersonalDataZip.ReadmeName]);
        readme.Should().Contain("credits/ledger.json\n    Every movement.").And.Contain("generation/sprites/a.png\n    An image.").And.Contain("2026-12-03 12:00 UTC");
        JsonDocument.Parse(files["credits/ledger.json"]).RootElement.GetProperty("wroteFor").GetString().Should().Be("credits/ledger.json", "names are camelCase");
    }

    [TestCase("../escape.json")]
    [TestCase("/etc/passwd")]
    [TestCase("a//b.json")]
    [TestCase("a\\b.json")]
    [TestCase("./a.json")]
    [TestCase("")]
    public void A_path_outside_the_folder_or_with_odd_characters_is_refused(string path)
    {
        FluentActions.Invoking(() => PersonalDataZip.CheckPath(path)).Should().Throw<ArgumentException>();
    }

    [Test]
    public async Task A_source_cannot_overwrite_a_file_already_written()
    {
        var build = () => PersonalDataZip.BuildAsync(Guid.NewGuid(), [new Source("credits", ("ledger.json", "")), new Source("credits", ("ledger.json", ""))],
            PreparedAt, CancellationToken.None);

        await build.Should().ThrowAsync<ArgumentException>();
    }

    private static Dictionary<string, byte[]> Open(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var content = e.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>Writes each of its files: JSON naming itself, or a few bytes for anything else.</summary>
    private sealed class Source(string folder, params (string Path, string Description)[] files) : IPersonalDataSource
    {
        public string Folder => folder;

        public IReadOnlyList<PersonalDataFile> Files { get; } = files.Select(f => new PersonalDataFile(f.Path, f.Description)).ToList();

        public async Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct)
        {
            foreach (var (path, _) in files)
            {
                if (path.EndsWith(".json", StringComparison.Ordinal))
                    await archive.AddJsonAsync(path, new { WroteFor = $"{folder}/{path}" }, ct);
                else
                    await archive.AddFileAsync(path, [1, 2, 3], ct);
            }
        }
    }
}
