using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.IntegrationTests.Accounts;

/// <summary>A person on "Your data": preparing an archive, waiting for it as the page does, downloading and opening it.</summary>
internal static partial class DataExportKit
{
    public const string Page = "/Identity/Account/Manage/Data";

    public static Task<TestBrowser.Page> PrepareAsync(this TestBrowser browser) =>
        browser.SubmitFormAsync(Page, new Dictionary<string, string>());

    /// <summary>What the page says of the newest export: `none`, `preparing`, `ready`, `expired` or `failed`.</summary>
    public static async Task<string> ExportStateAsync(this TestBrowser browser) => StateIn((await browser.GetAsync(Page)).Html);

    public static string StateIn(string html) => ExportState().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException("The page shows no export state.");

    /// <summary>Polls the page, as its script does, until the export is no longer preparing; returns that page.</summary>
    public static async Task<TestBrowser.Page> SettledAsync(this TestBrowser browser)
    {
        TestBrowser.Page page = null!;
        await Polling.UntilAsync(async () => StateIn((page = await browser.GetAsync(Page)).Html) != "preparing", TimeSpan.FromSeconds(60), "the export to be prepared");
        return page;
    }

    /// <summary>Prepares the archive and waits for its download link.</summary>
    public static async Task<string> ReadyDownloadAsync(this TestBrowser browser)
    {
        (await browser.PrepareAsync()).Status.Should().Be(HttpStatusCode.Redirect);
        var page = await browser.SettledAsync();
        StateIn(page.Html).Should().Be("ready", string.Join(" ", page.Errors()));
        return DownloadHref(page.Html);
    }

    public static string DownloadHref(string html) =>
        WebUtility.HtmlDecode(DownloadLink().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new AssertionException("The page has no download link."));

    public static Task<List<DataExport>> ExportsAsync(SpriteDxApp app, Guid accountId) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().DataExports.AsNoTracking().Where(e => e.AccountId == accountId).ToListAsync());

    public static Task<int> ArchiveCountAsync(SpriteDxApp app, IEnumerable<Guid> exportIds) =>
        app.WithScopeAsync(services => services.GetRequiredService<AccountsDbContext>().DataExportArchives.CountAsync(a => exportIds.Contains(a.ExportId)));

    /// <summary>The downloaded ZIP's files by path.</summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> OpenAsync(HttpResponseMessage download)
    {
        await using var stream = await download.Content.ReadAsStreamAsync();
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }

    public static JsonElement Json(this IReadOnlyDictionary<string, byte[]> files, string path) => JsonDocument.Parse(files[path]).RootElement;

    [GeneratedRegex("""data-export-state="([a-z]+)""")]
    private static partial Regex ExportState();

    [GeneratedRegex("""href="([^"]+)" download="[^"]+" data-export-download""")]
    private static partial Regex DownloadLink();
}
