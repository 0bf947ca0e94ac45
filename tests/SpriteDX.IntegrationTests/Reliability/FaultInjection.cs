using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SpriteDX.StripeEmulator;

namespace SpriteDX.IntegrationTests.Reliability;

internal enum WebhookFault
{
    None,

    /// <summary>The app answers 503, as while it is deploying or its database is down.</summary>
    Fails,

    /// <summary>The app never answers; the emulator gives up after its delivery timeout.</summary>
    Hangs,
}

/// <summary>
/// A switchboard in front of the whole app, registered on every start of a <see cref="SpriteDxApp"/> so it
/// survives restarts: it makes `/stripe/webhook` fail or hang, or holds the app's own calls to Stripe's
/// Checkout Session API (the emulator is reached over loopback HTTP) until the host stops, which is a
/// crash in the middle of reconciling a payment.
/// </summary>
internal sealed class FaultInjection
{
    public volatile WebhookFault Webhooks;
    public volatile bool HoldSessionLookups;

    /// <summary>Set once a session lookup is being held.</summary>
    public TaskCompletionSource LookupHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new Filter(this));

    private async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (path == "/stripe/webhook" && Webhooks is var fault and not WebhookFault.None)
        {
            if (fault == WebhookFault.Fails)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
            else
            {
                await UntilAbortedAsync(context);
                // A hang that ends as the host stops must not answer 200 for an event never recorded: Stripe would
                // stop resending it, and a paid session's event was lost that way (simulator seeds 103, 106).
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }

            return;
        }

        if (HoldSessionLookups && HttpMethods.IsGet(context.Request.Method)
            && path.StartsWithSegments(StripeEmulatorDefaults.InProcessPathPrefix + "/v1/checkout/sessions"))
        {
            LookupHeld.TrySetResult();
            await UntilAbortedAsync(context);
            context.Abort(); // the connection dies with the process
            return;
        }

        await next(context);
    }

    /// <summary>Waits until the caller gives up or the host begins to stop (so a restart never waits for it).</summary>
    private static async Task UntilAbortedAsync(HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private sealed class Filter(FaultInjection faults) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) => faults.InvokeAsync(context, nextMiddleware));
            next(app);
        };
    }
}
