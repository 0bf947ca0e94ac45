using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.ApiKeys;

/// <summary>The API keys page driven through its forms, and a script's client holding nothing but a key.</summary>
internal static partial class ApiKeyClient
{
    public const string Page = "/account/api-keys";

    /// <summary>Creates a key on the page and reads it from the one answer that shows it.</summary>
    public static async Task<string> CreateKeyAsync(this TestBrowser browser, string name, string? expiresOn = null)
    {
        var created = await browser.CreateKeyPageAsync(name, expiresOn);
        created.Status.Should().Be(HttpStatusCode.OK);
        var match = NewToken().Match(created.Html);
        match.Success.Should().BeTrue($"the new key is shown once: {string.Join(" ", created.Errors())}");
        return match.Groups[1].Value;
    }

    public static Task<TestBrowser.Page> CreateKeyPageAsync(this TestBrowser browser, string name, string? expiresOn = null)
    {
        var fields = new Dictionary<string, string> { ["Name"] = name };
        if (expiresOn is not null)
            fields["ExpiresOn"] = expiresOn;
        return browser.SubmitFormAsync(Page, fields, Page + "?handler=Create");
    }

    public static async Task<Guid> KeyIdAsync(this TestBrowser browser, string name)
    {
        var page = await browser.GetAsync(Page);
        var row = Regex.Match(page.Html, $"""data-api-key="([0-9a-f-]+)"[^>]*>\s*<td>\s*<strong>{Regex.Escape(name)}</strong>""");
        row.Success.Should().BeTrue($"the list shows the key '{name}'");
        return Guid.Parse(row.Groups[1].Value);
    }

    public static async Task<TestBrowser.Page> RevokeKeyAsync(this TestBrowser browser, Guid keyId)
    {
        var page = await browser.GetAsync(Page);
        return await browser.PostAsync(Page + "?handler=Revoke",
            new Dictionary<string, string> { ["keyId"] = keyId.ToString(), ["__RequestVerificationToken"] = page.AntiforgeryToken() });
    }

    /// <summary>A script: no cookies, no antiforgery token, only `Authorization: Bearer`.</summary>
    public static HttpClient ScriptClient(this SpriteDxApp app, string? key)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        return JsonDocument.Parse(body).RootElement;
    }

    [GeneratedRegex("""value="(sdx_[A-Za-z0-9_\-]{43})" aria-label="The new API key" data-api-key-token""")]
    private static partial Regex NewToken();
}
