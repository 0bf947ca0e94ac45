using System.Diagnostics;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.BuildingBlocks.Data;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;

namespace SpriteDX.Host.Composition;

internal static class WebFrontEnd
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddWebFrontEnd(this WebApplicationBuilder builder)
    {
        // Outside Development the build output (dotnet run, tests) keeps compressed and module assets
        // beside the project, not in wwwroot; without this they are served empty. A no-op once published.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "spritedx.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Type ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => ProblemTypes.Unauthorized,
                StatusCodes.Status403Forbidden => ProblemTypes.Forbidden,
                StatusCodes.Status404NotFound => ProblemTypes.NotFound,
                >= 500 => ProblemTypes.ServerError,
                _ => null,
            };
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "spritedx.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = AccountsLinks.LogIn;
            cookie.LogoutPath = AccountsLinks.LogOut;
            cookie.AccessDeniedPath = AccountsLinks.AccessDenied;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            // An API caller is a script, not a person: it gets a status code, never a login page.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(SpriteDxClaims.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(SpriteDxClaims.AdminRole));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // A person submitting a form gets the friendly error page (status code pages render it); a script, problem+json.
                if (!context.HttpContext.Request.IsApiRequest())
                    return;
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = ProblemTypes.TooManyRequests,
                        Title = "Too many requests",
                        Detail = "You are going faster than SpriteDX allows. Wait a moment and try again.",
                    },
                });
            };
        });

        // Nothing SpriteDX accepts comes near this (webhooks stop at 256 KB, prompts at 500 characters);
        // a larger body is refused with 413 before anything reads it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        // Behind a reverse proxy on the same machine (the only proxies trusted by default are loopback ones),
        // the client's own address and scheme count: rate limits per real client, Secure cookies under HTTPS.
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always; // no script reads a cookie: the API's antiforgery token comes from a meta tag
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        return services;
    }

    public static WebApplication UseWebFrontEnd(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode, // 413 for a body over the limit, 400 for a malformed one
                AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                // A busy SQLite file, a serialization failure, a dropped connection: the same request a moment later works.
                _ when TransientDatabaseErrors.IsTransient(ex) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseMiddleware<SecurityHeaders>();
        // Refused before a form reader or antiforgery meets it, so the answer says 413 rather than "bad token"
        // (the error page's re-execution of the same request is let through to render it).
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength is not > MaxRequestBodyBytes || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
                return next(context);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        });
        app.UseMiddleware<ControlCharacterGuard>();
        app.UseCookiePolicy();
        app.UseRouting();
        app.UseAuthentication();
        app.Use(RefuseBadApiKeys);
        app.UseAdminTwoFactorRule(); // an admin without two-factor sign-in is sent to set it up before any /admin or /debug page
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>
    /// A key that was sent and refused is answered 401 even where no credential is needed (the free interpretation):
    /// a script with a revoked key learns it on its first call, whatever it calls. A request carrying a key is
    /// authenticated by the key alone, so not being signed in here means the key was refused.
    /// </summary>
    private static Task RefuseBadApiKeys(HttpContext context, RequestDelegate next) =>
        ApiKeyRequests.CarriesApiKey(context.Request) && context.User.Identity?.IsAuthenticated != true
            ? context.ChallengeAsync()
            : next(context);

    public static bool IsApiRequest(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/stripe");

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.IsApiRequest())
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
