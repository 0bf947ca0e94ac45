using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Reliability;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

/// <summary>Stripe holds its webhook deliveries (they queue), or releases them.</summary>
internal sealed class PauseWebhooks : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 3;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (world.WebhooksPaused)
            await world.Stripe.ResumeWebhooksAsync();
        else
            await world.Stripe.PauseWebhooksAsync();
        world.WebhooksPaused = !world.WebhooksPaused;
        return world.WebhooksPaused ? "webhooks paused" : "webhooks resumed";
    }
}

/// <summary>Stripe delivers an event again (a duplicate), or, while deliveries are held, one event ahead of the others (reordered).</summary>
internal sealed class DuplicateOrReorderWebhook : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 3;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (world.Webhooks.Webhooks == WebhookFault.Hangs)
            return null; // a delivery to an endpoint that hangs would hold the harness, not the app
        var events = await world.Stripe.EventsAsync(200);
        var queued = events.Where(e => (string?)e!["delivery_state"] == "pending").ToList();
        if (world.WebhooksPaused && queued.Count > 0)
        {
            var ahead = queued[random.Next(queued.Count)]!;
            await world.Stripe.DeliverAheadAsync((string)ahead["id"]!, (bool)ahead["livemode"]!);
            return "webhook reordered";
        }

        if (events.Count == 0)
            return null;
        await world.Stripe.ResendAsync((string)events[random.Next(Math.Min(events.Count, 20))]!["id"]!);
        return "webhook duplicated";
    }
}

/// <summary>The app's webhook endpoint answers 503 or hangs for a while: Stripe retries later (a dropped delivery, resent).</summary>
internal sealed class WebhookEndpointDown : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 2;

    public Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        world.Webhooks.Webhooks = world.Webhooks.Webhooks != WebhookFault.None ? WebhookFault.None : random.Next(3) == 0 ? WebhookFault.Hangs : WebhookFault.Fails;
        return Task.FromResult<string?>(world.Webhooks.Webhooks switch
        {
            WebhookFault.None => "webhook endpoint back",
            WebhookFault.Fails => "webhook endpoint 503",
            _ => "webhook endpoint hangs",
        });
    }
}

/// <summary>Stripe's API fails (500), times out, or answers slowly: on Checkout Sessions, or on an automatic top-up's off-session payment.</summary>
internal sealed class StripeApiFault : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 3;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        var (path, what) = random.Next(3) == 0 ? ("/v1/payment_intents", "payment intent") : ("/v1/checkout/sessions", "checkout");
        var (method, call) = random.Next(2) == 0 ? ("POST", "create") : ("GET", "retrieve");
        var (key, value, how) = random.Next(3) switch
        {
            0 => ("status", "500", "500"),
            1 => ("status", "timeout", "timeout"),
            _ => ("delay", "200", "slow"), // slow, yet within the harness's Stripe timeout
        };
        await world.Stripe.ArmFaultAsync(("path", path), ("method", method), (key, value), ("count", random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"stripe {what} {call} {how}";
    }
}

/// <summary>The database fails a chosen command once with a transient error, before it runs or after it committed.</summary>
internal sealed class TransientDatabaseError : IStep
{
    private static readonly string[] Modules = ["accounts", "credits", "generation", "payments", "admin"];
    private static readonly string[] Commands = ["INSERT", "UPDATE", "DELETE"];

    public StepKind Kind => StepKind.Fault;

    public int Weight => 4;

    public Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        var module = Modules[random.Next(Modules.Length)];
        var command = Commands[random.Next(Commands.Length)];
        var moment = random.Next(2) == 0 ? FaultMoment.BeforeCommand : FaultMoment.AfterCommand;
        world.Database.Arm(new DatabaseFault(module, command, moment));
        return Task.FromResult<string?>($"database {(moment == FaultMoment.BeforeCommand ? "before" : "after")} {command}");
    }
}

/// <summary>Background jobs handed to Hangfire are lost (what a crash does to in-memory jobs), until lifted.</summary>
internal sealed class LoseJobs : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 2;

    public Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        world.Jobs.Dropping = !world.Jobs.Dropping;
        world.JobsLostSinceSettle |= world.Jobs.Dropping;
        if (!world.Jobs.Dropping)
            world.JobsMayBeLostUntil = DateTimeOffset.UtcNow;
        return Task.FromResult<string?>(world.Jobs.Dropping ? "jobs lost" : "jobs kept");
    }
}

/// <summary>The next deliveries from the outbox fail before any handler runs.</summary>
internal sealed class FailPublishes : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 2;

    public Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        world.Bus.FailNext(random.Next(1, 4));
        return Task.FromResult<string?>("outbox publish fails");
    }
}

/// <summary>The host is killed (no shutdown) and started again on the same data; on PostgreSQL, or the second host dies while the first carries on.</summary>
internal sealed class KillHost : IStep
{
    public StepKind Kind => StepKind.Fault;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (world.Beside is not null && random.Next(2) == 0)
        {
            await world.KillBesideAsync();
            return "second host killed";
        }

        await world.KillAndRestartAsync();
        return "host killed and restarted";
    }
}
