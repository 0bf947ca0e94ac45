using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpriteDX.BuildingBlocks.PersonalData;

namespace SpriteDX.Modules.Accounts.Features.DataExports;

/// <summary>
/// The archive of one export: each source writes into its own folder, and README.txt at the root says what every
/// file is. Paths are checked, so a source can neither leave its folder nor overwrite another file.
/// </summary>
internal sealed class PersonalDataZip : IDisposable
{
    public const string ReadmeName = "README.txt";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people to read ("32×32", "Visa •••• 4242"), never put into a page
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly MemoryStream _buffer = new();
    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _preparedAt;
    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    public PersonalDataZip(DateTimeOffset preparedAt)
    {
        _preparedAt = preparedAt;
        _zip = new ZipArchive(_buffer, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>Every source's files in its folder, then the README describing them; the ZIP's bytes.</summary>
    public static async Task<byte[]> BuildAsync(Guid accountId, IEnumerable<IPersonalDataSource> sources, DateTimeOffset preparedAt, CancellationToken ct)
    {
        using var zip = new PersonalDataZip(preparedAt);
        var written = new List<IPersonalDataSource>();
        foreach (var source in sources)
        {
            await source.WriteAsync(accountId, zip.Folder(source.Folder), ct);
            written.Add(source);
        }

        await zip.AddAsync(ReadmeName, Encoding.UTF8.GetBytes(Readme(written, preparedAt)), ct);
        return zip.Finish();
    }

    /// <summary>A source's view of the archive: its paths land under <paramref name="folder"/>, checked whole in <see cref="Open"/>.</summary>
    public IPersonalDataArchive Folder(string folder) => new FolderArchive(this, folder);

    public byte[] Finish()
    {
        _zip.Dispose(); // writes the central directory
        return _buffer.ToArray();
    }

    public static string Readme(IEnumerable<IPersonalDataSource> sources, DateTimeOffset preparedAt)
    {
        var text = new StringBuilder()
            .Append("Your SpriteDX data\n")
            .Append("==================\n\n")
            .Append($"Prepared on {preparedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC: everything SpriteDX keeps about your account.\n")
            .Append("The .json files are plain text (UTF-8). Times are UTC (ISO 8601), money is in the currency's smallest unit\n")
            .Append("(cents) beside the amount as shown on the site. Passwords, keys, tokens and other secrets are never included.\n\n")
            .Append("What each file is:\n");
        foreach (var source in sources)
        {
            foreach (var file in source.Files)
                text.Append($"\n{source.Folder}/{file.Path}\n    {file.Description}\n");
        }

        return text.ToString();
    }

    private async Task AddAsync(string path, byte[] bytes, CancellationToken ct)
    {
        await using var entry = Open(path);
        await entry.WriteAsync(bytes, ct);
    }

    private async Task AddJsonAsync<T>(string path, T value, CancellationToken ct)
    {
        await using var entry = Open(path);
        await JsonSerializer.SerializeAsync(entry, value, Json, ct);
    }

    private Stream Open(string path)
    {
        CheckPath(path);
        if (!_paths.Add(path))
            throw new ArgumentException($"The archive already holds {path}.", nameof(path));
        var entry = _zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = _preparedAt;
        return entry.Open();
    }

    /// <summary>Folders and file names of letters, digits, '.', '-' and '_', joined by '/'; no empty, '.' or '..' part.</summary>
    public static void CheckPath(string path)
    {
        var parts = path.Split('/');
        if (path.Length == 0 || parts.Any(p => p.Length == 0 || p is "." or ".." || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            throw new ArgumentException($"'{path}' is not a path inside the archive.", nameof(path));
    }

    public void Dispose()
    {
        _zip.Dispose();
        _buffer.Dispose();
    }

    private sealed class FolderArchive(PersonalDataZip zip, string folder) : IPersonalDataArchive
    {
        public Task AddJsonAsync<T>(string path, T value, CancellationToken ct) => zip.AddJsonAsync($"{folder}/{path}", value, ct);

        public Task AddFileAsync(string path, byte[] bytes, CancellationToken ct) => zip.AddAsync($"{folder}/{path}", bytes, ct);
    }
}
