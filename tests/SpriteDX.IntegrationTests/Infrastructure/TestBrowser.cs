using System.Net;
using System.Text.RegularExpressions;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>An HTTP client that behaves like a person's browser: cookies, forms and their antiforgery tokens.</summary>
internal sealed partial class TestBrowser(HttpClient client, CookieContainer cookies) : IDisposable
{
    public const string Password = "pixel-art-42";

    public HttpClient Client => client;

    public CookieContainer Cookies => cookies;

    public async Task<Page> GetAsync(string url)
    {
        var response = await client.GetAsync(url);
        return new Page(response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the page holding the form, then submits it with the fields given, as a browser would.</summary>
    public async Task<Page> SubmitFormAsync(string url, IDictionary<string, string> fields, string? postUrl = null)
    {
        var form = await GetAsync(url);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = form.AntiforgeryToken() };
        return await PostAsync(postUrl ?? url, values);
    }

    public async Task<Page> PostAsync(string url, IDictionary<string, string> fields)
    {
        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        return new Page(response, await response.Content.ReadAsStringAsync());
    }

    public Task<Page> SignUpAsync(string email, string password = Password, string? returnUrl = null) =>
        SubmitFormAsync(
            "/Identity/Account/Register" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)),
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });

    public Task<Page> LogInAsync(string email, string password = Password) =>
        SubmitFormAsync("/Identity/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public async Task<Page> LogOutAsync()
    {
        var home = await GetAsync("/");
        return await PostAsync("/Identity/Account/Logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = home.AntiforgeryToken() });
    }

    public void Dispose() => client.Dispose();

    internal sealed partial record Page(HttpResponseMessage Response, string Html)
    {
        public HttpStatusCode Status => Response.StatusCode;

        public string? RedirectedTo => Response.Headers.Location?.OriginalString;

        public string AntiforgeryToken()
        {
            var match = TokenInput().Match(Html);
            if (!match.Success)
                match = TokenMeta().Match(Html);
            return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
        }

        /// <summary>The visible text of the page's error summary and field errors.</summary>
        public IReadOnlyList<string> Errors()
        {
            var summary = ErrorSummary().Matches(Html).SelectMany(block => Paragraph().Matches(block.Groups[1].Value));
            var fields = FieldError().Matches(Html);
            return summary.Concat(fields).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim())).Where(t => t.Length > 0).ToList();
        }

        [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
        private static partial Regex TokenInput();

        [GeneratedRegex("""<meta name="request-verification-token" content="([^"]+)""")]
        private static partial Regex TokenMeta();

        [GeneratedRegex("""(?s)<div class="alert alert-error"[^>]*>(.*?)</div>""")]
        private static partial Regex ErrorSummary();

        [GeneratedRegex("""<p>([^<]*)</p>""")]
        private static partial Regex Paragraph();

        [GeneratedRegex("""<span class="field-error[^"]*"[^>]*>([^<]+)</span>""")]
        private static partial Regex FieldError();
    }
}
