using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// Rate-limit policies keyed by the caller's address, for endpoints an anonymous client can hammer
/// (sign-in, sign-up, webhook ingestion). Reading a form is never limited, only sending one.
/// The host answers a rejection with 429: problem+json for APIs, a friendly page for forms.
/// </summary>
public static class ClientRateLimits
{
    public static IServiceCollection AddPerClientRateLimit(this IServiceCollection services, string policyName, int permitsPerMinute)
    {
        if (permitsPerMinute < 1)
            throw new ArgumentOutOfRangeException(nameof(permitsPerMinute), $"The {policyName} rate limit must allow at least one request a minute.");
        return services.AddRateLimiter(limiter => limiter.AddPolicy(policyName, http =>
            HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reads")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }
}
