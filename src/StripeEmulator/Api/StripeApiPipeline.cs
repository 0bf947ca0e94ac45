using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Api;

internal sealed record StripeApiRequest(
    HttpContext Http, bool Livemode, StripeParams Params, string RequestId, string? IdempotencyKey, string BaseUrl)
{
    public RequestOrigin Origin => new(RequestId, IdempotencyKey);

    public string Route(string name) => (string)Http.Request.RouteValues[name]!;

    public CancellationToken Aborted => Http.RequestAborted;
}

internal sealed record StripeApiResponse(int StatusCode, JsonNode Body)
{
    public static StripeApiResponse Ok(JsonNode body) => new(200, body);
}

internal sealed record ApiRequestLogEntry(
    DateTimeOffset At, string Method, string Path, int Status, bool? Livemode, string? StripeVersion, string? IdempotencyKey, string RequestId);

/// <summary>The last API requests, for the emulator's page (which Stripe-Version each caller pinned, and so on).</summary>
internal sealed class ApiRequestLog
{
    private const int Capacity = 200;
    private readonly ConcurrentQueue<ApiRequestLogEntry> _entries = new();

    public void Add(ApiRequestLogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _)) { }
    }

    public IReadOnlyList<ApiRequestLogEntry> Newest(int count) => _entries.Reverse().Take(count).ToList();
}

/// <summary>
/// What every <c>/v1</c> call goes through, as on Stripe: the secret key picks the mode, the
/// <c>Stripe-Version</c> is checked and recorded, an <c>Idempotency-Key</c> replays the first answer
/// (or refuses different parameters), and every failure is a Stripe-shaped error, never a bare 500.
/// </summary>
internal sealed partial class StripeApiPipeline(
    IOptions<StripeEmulatorOptions> options, EmulatorStore store, ApiRequestLog log, ApiFaults faults, TimeProvider clock, IHostApplicationLifetime lifetime,
    ILogger<StripeApiPipeline> logger)
{
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    // One POST at a time: an idempotency key's check, execution and saved answer must not interleave.
    private readonly SemaphoreSlim _postGate = new(1, 1);

    public async Task ExecuteAsync(HttpContext http, string pathPrefix, Func<StripeApiRequest, Task<StripeApiResponse>> handler)
    {
        var request = http.Request;
        var requestId = StripeIds.Request();
        var version = request.Headers["Stripe-Version"].ToString();
        var idempotencyKey = HttpMethods.IsPost(request.Method) ? NullIfEmpty(request.Headers["Idempotency-Key"].ToString()) : null;
        bool? livemode = null;
        StripeApiResponse response;
        var replayed = false;
        try
        {
            livemode = Authenticate(request);
            if (version.Length > 0 && !VersionPattern().IsMatch(version))
                throw StripeApiException.InvalidRequest($"Invalid Stripe API version: {version}");
            if (idempotencyKey is { Length: > 255 })
                throw StripeApiException.InvalidRequest("Idempotency keys can be at most 255 characters long.", "Idempotency-Key");
            var parameters = await ReadParamsAsync(request);
            if (await HeldByInjectedFaultAsync(http, request.Path.Value![pathPrefix.Length..]))
                return;
            var api = new StripeApiRequest(http, livemode.Value, parameters, requestId, idempotencyKey, BaseUrl(request, pathPrefix));
            if (idempotencyKey is null)
            {
                response = await handler(api);
            }
            else
            {
                (response, replayed) = await ExecuteIdempotentlyAsync(api, $"{request.Method} {request.Path}\n{parameters.Fingerprint}", handler);
            }
        }
        catch (StripeApiException ex)
        {
            response = new StripeApiResponse(ex.StatusCode, ex.ToJson());
            if (ex.StatusCode == 401) http.Response.Headers.WWWAuthenticate = "Bearer realm=\"Stripe\"";
        }
        catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException or FormatException)
        {
            response = new StripeApiResponse(400, StripeApiException.InvalidRequest($"Invalid request: {ex.Message}").ToJson());
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Stripe emulator: {Method} {Path} failed", request.Method, request.Path);
            response = new StripeApiResponse(500, new StripeApiException(500, "api_error",
                "An unexpected error occurred in the Stripe emulator; see its log.").ToJson());
        }

        log.Add(new ApiRequestLogEntry(clock.GetUtcNow(), request.Method, request.Path + request.QueryString, response.StatusCode,
            livemode, NullIfEmpty(version), idempotencyKey, requestId));
        http.Response.StatusCode = response.StatusCode;
        http.Response.Headers["Request-Id"] = requestId;
        http.Response.Headers["Stripe-Version"] = version.Length > 0 ? version : Stripe.StripeConfiguration.ApiVersion;
        if (idempotencyKey is not null) http.Response.Headers["Idempotency-Key"] = idempotencyKey;
        if (replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(StripeJson.Serialize(response.Body), Encoding.UTF8, CancellationToken.None);
    }

    /// <summary>
    /// A fault armed through the control API: a 500 before the call runs, a late start, or no answer at all
    /// (true: the connection is dropped once the caller gives up or the emulator stops).
    /// </summary>
    private async Task<bool> HeldByInjectedFaultAsync(HttpContext http, string apiPath)
    {
        if (faults.Take(http.Request.Method, apiPath) is not { } fault)
            return false;
        if (fault.Kind == ApiFaultKind.ServerError)
            throw new StripeApiException(500, "api_error", "An unexpected error occurred (injected by the emulator's fault control).");
        using var either = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(fault.Kind == ApiFaultKind.Timeout ? Timeout.InfiniteTimeSpan : fault.Delay, clock, either.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            http.Abort();
            return true;
        }
    }

    /// <summary>The answer to an unrecognised path, as Stripe gives it.</summary>
    public static Task UnrecognizedAsync(HttpContext http)
    {
        // The path as the caller addressed Stripe: from /v1 on, without the emulator's mount prefix.
        var path = "/v1/" + (string?)http.Request.RouteValues["path"];
        var error = new StripeApiException(404, "invalid_request_error",
            $"Unrecognized request URL ({http.Request.Method}: {path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
        http.Response.StatusCode = 404;
        http.Response.Headers["Request-Id"] = StripeIds.Request();
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(StripeJson.Serialize(error.ToJson()));
    }

    public string BaseUrl(HttpRequest request, string pathPrefix) =>
        options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}{pathPrefix}";

    private async Task<(StripeApiResponse Response, bool Replayed)> ExecuteIdempotentlyAsync(
        StripeApiRequest api, string fingerprint, Func<StripeApiRequest, Task<StripeApiResponse>> handler)
    {
        await _postGate.WaitAsync(api.Aborted);
        try
        {
            var key = api.IdempotencyKey!;
            var now = clock.GetUtcNow();
            var earlier = await store.ReadAsync(s => s.FindIdempotent(api.Livemode, key, (now - IdempotencyWindow).ToUnixTimeSeconds()));
            if (earlier is not null)
            {
                if (earlier.Fingerprint != fingerprint)
                {
                    throw new StripeApiException(400, "idempotency_error",
                        "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
                        $"Try using a key other than '{key}' if you meant to execute a different request.");
                }
                return (new StripeApiResponse(earlier.StatusCode, JsonNode.Parse(earlier.Body)!), true);
            }

            // Like Stripe, keep the answer of every request that ran, a declined payment's 402 too, so a retry never
            // charges twice; a request refused (thrown) before it changed anything may be corrected and retried.
            var response = await handler(api);
            var saved = new IdempotentResponse(fingerprint, response.StatusCode, response.Body.ToJsonString());
            await store.WriteAsync(s => { s.SaveIdempotent(api.Livemode, key, saved, now.ToUnixTimeSeconds()); return 0; });
            return (response, false);
        }
        finally
        {
            _postGate.Release();
        }
    }

    private bool Authenticate(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        string? key = null;
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = authorization["Bearer ".Length..].Trim();
        }
        else if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                key = decoded.Split(':', 2)[0];
            }
            catch (FormatException)
            {
                key = "";
            }
        }

        if (string.IsNullOrEmpty(key))
        {
            throw new StripeApiException(401, "invalid_request_error",
                "You did not provide an API key. You need to provide your API key in the Authorization header, " +
                "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }
        var settings = options.Value;
        if (key == settings.TestSecretKey) return false;
        if (key == settings.LiveSecretKey) return true;
        throw new StripeApiException(401, "invalid_request_error", $"Invalid API Key provided: {Redact(key)}");
    }

    private static async Task<StripeParams> ReadParamsAsync(HttpRequest request)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in request.Query) Add(pairs, key, values);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, values) in form) Add(pairs, key, values);
        }
        else if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            throw StripeApiException.InvalidRequest(
                $"Invalid request: unsupported Content-Type {request.ContentType}. Send application/x-www-form-urlencoded parameters.");
        }
        return StripeParams.Parse(pairs);
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, StringValues values)
    {
        foreach (var value in values) pairs.Add(KeyValuePair.Create(key, value ?? ""));
    }

    private static string Redact(string key) =>
        key.Length <= 12 ? new string('*', key.Length) : key[..8] + new string('*', key.Length - 12) + key[^4..];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(\.[a-z_]+)?$")]
    private static partial Regex VersionPattern();
}
