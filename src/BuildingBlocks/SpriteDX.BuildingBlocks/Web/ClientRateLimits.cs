using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// Rate-limit policies keyed by the caller: its API key when it sent one, otherwise its address, for endpoints an
/// anonymous client can hammer (sign-in, sign-up, webhook ingestion). Reading a form is never limited, only sending one.
/// The host answers a rejection with 429: problem+json for APIs, a friendly page for forms.
/// </summary>
public static class ClientRateLimits
{
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string policyName, int permitsPerMinute)
    {
        RequireOnePermit(policyName, permitsPerMinute);
        return services.AddRateLimiter(limiter => limiter.AddPolicy(policyName, http =>
            HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reads")
                : PerMinute(ClientKey(http), permitsPerMinute)));
    }

    /// <summary>
    /// Every call made with an API key, whatever the endpoint, counts against that key's own budget, so one runaway
    /// script slows only itself (people's sessions are not limited here).
    /// </summary>
    public static IServiceCollection AddPerApiKeyRateLimit(this IServiceCollection services, int permitsPerMinute)
    {
        RequireOnePermit("API key", permitsPerMinute);
        return services.AddRateLimiter(limiter => limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.User.ApiKeyIdOf() is { } keyId ? PerMinute($"key:{keyId:N}", permitsPerMinute) : RateLimitPartition.GetNoLimiter("")));
    }

    /// <summary>Whom a per-client limit counts: the API key of a scripted call, otherwise the client's address.</summary>
    public static string ClientKey(HttpContext http) =>
        http.User.ApiKeyIdOf() is { } keyId ? $"key:{keyId:N}" : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> PerMinute(string partition, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static void RequireOnePermit(string policyName, int permitsPerMinute)
    {
        if (permitsPerMinute < 1)
            throw new ArgumentOutOfRangeException(nameof(permitsPerMinute), $"The {policyName} rate limit must allow at least one request a minute.");
    }
}
