using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace SpriteDX.Benchmarks.Harness;

/// <summary>A person's browser against the Host: cookies, forms and their antiforgery tokens (as in the integration tests).</summary>
internal sealed partial class BrowserClient : IDisposable
{
    public const string Password = "pixel-art-42";

    public BrowserClient(Uri baseAddress) =>
        Client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public HttpClient Client { get; }

    public string? Email { get; private set; }

    /// <summary>Registers through the real sign-up form; the Host signs the new account in.</summary>
    public async Task SignUpAsync(string email, CancellationToken ct)
    {
        var form = await Client.GetStringAsync("/Identity/Account/Register", ct);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        });
        using var response = await Client.PostAsync("/Identity/Account/Register", body, ct);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found))
            throw new InvalidOperationException($"Sign-up of {email} answered {(int)response.StatusCode}, not a redirect.");
        Email = email;
    }

    /// <summary>Signs in through the real sign-in form; true when the Host redirects (signed in).</summary>
    public async Task<bool> SignInAsync(string email, CancellationToken ct)
    {
        var form = await Client.GetStringAsync("/Identity/Account/Login", ct);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.RememberMe"] = "false",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        });
        using var response = await Client.PostAsync("/Identity/Account/Login", body, ct);
        Email = email;
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found;
    }

    public async Task<long> BalanceAsync(CancellationToken ct) =>
        (await Client.GetFromJsonAsync<BalanceBody>("/api/credits/balance", ct))!.Balance;

    /// <summary>Waits (bounded) until the sign-up bonus has reached the account through the event bus.</summary>
    public async Task WaitForBalanceAsync(long expected, TimeSpan limit, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + limit;
        long balance;
        while ((balance = await BalanceAsync(ct)) != expected)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{Email}'s balance stayed {balance}, not {expected}, for {limit.TotalSeconds:0} s.");
            await Task.Delay(50, ct);
        }
    }

    /// <summary>The token the layout puts in a meta tag for scripts (used with the RequestVerificationToken header).</summary>
    public async Task<string> PageTokenAsync(CancellationToken ct) => AntiforgeryToken(await Client.GetStringAsync("/", ct));

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        if (!match.Success)
            match = TokenMeta().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    public void Dispose() => Client.Dispose();

    private sealed record BalanceBody(long Balance);

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""<meta name="request-verification-token" content="([^"]+)""")]
    private static partial Regex TokenMeta();
}
