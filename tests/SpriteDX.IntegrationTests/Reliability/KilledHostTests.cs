using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Credits.Domain;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Features.Render;
using SpriteDX.Modules.Generation.Rendering;
using SpriteDX.Modules.Payments.Contracts;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>
/// A host killed (no shutdown) while it delivers a paid purchase's notification leaves that outbox row leased
/// to a process that no longer exists. The lease is short and renewed only by a live process, so the purchase
/// is credited seconds after the restart, or by the host beside it, not when a two-minute lease runs out (#22).
/// </summary>
[NonParallelizable]
public sealed class KilledHostTests
{
    /// <summary>Well under the two minutes a dead process's lease used to hold the row.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Test]
    public async Task A_purchase_being_delivered_when_the_host_is_killed_is_credited_soon_after_the_restart()
    {
        var held = new HeldDeliveries<PurchaseCompleted>();
        await using var app = SpriteDxApp.Start(held.Register, ("Billing:Enabled", "true"));
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");

        await stripe.PaidAsync(session);
        await held.Holding.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await app.KillAndRestartAsync();

        using var back = await buyer.SignInAgainAsync();
        await Polling.UntilAsync(async () => await back.BalanceAsync() == Buyer.SignupBonus + 500, Recovery, "the purchase to be credited after the restart");
        (await MoneySnapshot.LedgerEntriesAsync(app, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
    }

    [Test]
    public async Task A_purchase_being_delivered_by_a_host_that_dies_is_credited_soon_by_the_host_beside_it()
    {
        TestPostgres.RequirePostgres("Two hosts on one database");
        var held = new HeldDeliveries<PurchaseCompleted>();
        await using var first = SpriteDxApp.Start(held.Register, ("Billing:Enabled", "true"));
        await using var second = SpriteDxApp.StartBesideSharingStripe(first);
        using var stripe = new StripeEmulatorDriver(first);
        using var buyer = await Buyer.SignUpAsync(first);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PauseWebhooksAsync(); // the customer's return to the second host fulfils the purchase there

        await stripe.PaidAsync(session);
        var returning = buyer.Browser.Client.GetAsync(new Uri(second.BaseAddress, "/billing/success?session_id=" + Uri.EscapeDataString(session)));
        await held.Holding.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await second.KillAsync();
        await Task.WhenAny(returning); // its answer died with the host
        await stripe.ResumeWebhooksAsync();

        await Polling.UntilAsync(async () => await buyer.BalanceAsync() == Buyer.SignupBonus + 500, Recovery, "the purchase to be credited by the surviving host");
        (await MoneySnapshot.LedgerEntriesAsync(first, buyer.AccountId, LedgerKind.Purchase)).Should().Be(1);
    }

    /// <summary>
    /// Found by the simulator (sim/run --postgres, seeds 202-208): a render running on a host that died stayed
    /// Running, holding its credits, until the periodic resume a minute or more later, although Hangfire hands
    /// the dead host's job to another host within its invisibility timeout. That job, coming back for a Running
    /// generation, now renders it again at once. Hangfire's hand-over is played here by enqueuing the job again
    /// on the other host while the first render still hangs (an in-process "kill" does not always stop
    /// Hangfire's hold on a running job as a real one does).
    /// </summary>
    [Test]
    public async Task A_render_job_that_comes_back_for_a_generation_still_running_renders_it_again_at_once()
    {
        TestPostgres.RequirePostgres("Durable jobs shared by two hosts");
        var renders = new FirstRenderHangs();
        await using var first = SpriteDxApp.Start(renders.Register);
        await using var second = SpriteDxApp.StartBeside(first);
        using var player = await Player.SignUpAsync(first);

        var id = await (await player.RequestAsync("a lantern whose host dies")).AcceptedIdAsync();
        var renderingHost = await renders.Hanging.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var other = renderingHost == first.Services ? second : first;
        RenderSpriteJob.Enqueue(other.Services.GetRequiredService<IBackgroundJobClient>(), id);

        await Polling.UntilAsync(async () => await StatusAsync(other, id) == GenerationStatus.Succeeded, Recovery, "the render to be finished again");
        await Polling.UntilAsync(async () => (await MoneySnapshot.ReservationsAsync(other, player.AccountId)).ContainsKey(ReservationStatus.Captured),
            Recovery, "its reservation to be captured");
        (await MoneySnapshot.ReservationsAsync(other, player.AccountId)).Should().Equal(new Dictionary<ReservationStatus, int> { [ReservationStatus.Captured] = 1 });
    }

    private static Task<GenerationStatus> StatusAsync(SpriteDxApp app, Guid id) =>
        app.WithScopeAsync(services => services.GetRequiredService<GenerationDbContext>().Generations.Where(g => g.Id == id).Select(g => g.Status).SingleAsync());

    /// <summary>Every host's generator: the first render hangs and says which host runs it; the others draw.</summary>
    private sealed class FirstRenderHangs
    {
        private int _started;

        public TaskCompletionSource<IServiceProvider> Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Register(IServiceCollection services)
        {
            services.RemoveAll<ISpriteGenerator>();
            services.AddSingleton<ISpriteGenerator>(host => new Generator(this, host));
        }

        private sealed class Generator(FirstRenderHangs owner, IServiceProvider host) : ISpriteGenerator
        {
            private readonly ProceduralSpriteGenerator _real = new();

            public async Task<RenderedSprite> RenderAsync(SpriteRequest request, IProgress<int>? progress, CancellationToken ct)
            {
                if (Interlocked.Exchange(ref owner._started, 1) == 0)
                {
                    owner.Hanging.TrySetResult(host);
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return await _real.RenderAsync(request, progress, ct);
            }
        }
    }
}
