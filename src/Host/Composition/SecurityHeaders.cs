using SpriteDX.StripeEmulator;

namespace SpriteDX.Host.Composition;

/// <summary>Headers every answer carries: no sniffing, no framing, no third-party scripts or styles.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Scalar's page configures itself with inline script and styles; still nothing but this app may be reached.</summary>
    private const string ApiReferencePolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        // The Hangfire dashboard and the emulator's checkout page carry their own inline styles and scripts.
        if (!context.Request.Path.StartsWithSegments(BackgroundJobs.DashboardPath) && !context.Request.Path.StartsWithSegments(StripeEmulatorDefaults.InProcessPathPrefix))
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiDocumentation.ReferencePath) ? ApiReferencePolicy : ContentSecurityPolicy;
        return next(context);
    }
}
