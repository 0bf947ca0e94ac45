using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Domain;
using SpriteDX.Modules.Payments.Features.TopUps;
using SpriteDX.Modules.Payments.Stripe;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>
/// Automatic top-ups whose charge is held on its way to Stripe or on its way back, so the webhook, a removed card
/// or a second charge can come in between, as they may in production.
/// </summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics
public sealed class AutoTopUpOrderTests
{
    private readonly HeldCharges _held = new();
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = SpriteDxApp.Start(
            services => services.AddHttpClient(StripeClients.HttpClientName).AddHttpMessageHandler(() => new HeldCharges.Handler(_held)),
            ("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _held.ReleaseAll();
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task The_webhook_arriving_before_the_charges_own_answer_credits_once()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        var answer = _held.Next(HeldCharges.Where.OnTheWayBack);

        await buyer.GenerateAsync();
        await answer.ReachedAsync();
        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500);
        answer.Release();

        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        topUp.Outcome.Should().Be(TopUpOutcome.Paid);
        await Polling.UntilAsync(async () => (await _app.TopUpsAsync(buyer.AccountId)).Single().PaymentIntentId is not null, because: "the held answer to be handled");
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"), ("paid", "live"));
    }

    [Test]
    public async Task A_card_removed_while_its_charge_is_on_the_way_fails_the_top_up_without_money_moving()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        var charge = _held.Next(HeldCharges.Where.OnTheWayOut);
        await buyer.GenerateAsync();
        await charge.ReachedAsync();

        var confirm = await buyer.Browser.GetAsync("/billing/card/remove");
        (await buyer.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() }))
            .Status.Should().Be(HttpStatusCode.Redirect);
        charge.Release();

        var topUp = await _app.SettledTopUpAsync(buyer.AccountId);
        topUp.Outcome.Should().Be(TopUpOutcome.Failed);
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost);
        (await buyer.PurchasesAsync()).Should().Equal(("failed", "live"), ("paid", "live"));
        (await _stripe.TopUpIntentsAsync(await _stripe.CustomerIdAsync(buyer, true), _app)).Should().BeEmpty("Stripe refused the detached card before charging");
        (await buyer.AutoTopUpStateAsync()).Should().Be("off");
    }

    [Test]
    public async Task A_charge_run_again_after_an_outage_reuses_its_key_and_charges_once()
    {
        using var buyer = await AutoTopUpKit.BuyerWithSavedCardAsync(_app, _stripe);
        await buyer.TurnOnAutoTopUpAsync(threshold: 595);
        var answer = _held.Next(HeldCharges.Where.OnTheWayBack);
        await buyer.GenerateAsync();
        await answer.ReachedAsync();
        var topUpId = (await _app.TopUpsAsync(buyer.AccountId)).Single().Id;

        // What a retry after a lost answer (or the sweep after a restart) does while the first attempt is still out.
        await _app.WithScopeAsync(async services =>
        {
            await services.GetRequiredService<TopUpCharge>().ChargeAsync(topUpId, CancellationToken.None);
            return true;
        });
        answer.Release();

        await buyer.BalanceEventuallyAsync(600 - AutoTopUpKit.GenerationCost + 500);
        await _app.SettledTopUpAsync(buyer.AccountId);
        (await _stripe.TopUpIntentsAsync(await _stripe.CustomerIdAsync(buyer, true), _app)).Should().ContainSingle();
        (await buyer.BalanceAsync()).Should().Be(600 - AutoTopUpKit.GenerationCost + 500);
    }

    /// <summary>Holds the next off-session charge (POST /v1/payment_intents) before Stripe sees it, or before the app sees Stripe's answer.</summary>
    private sealed class HeldCharges
    {
        private readonly object _gate = new();
        private Hold? _next;
        private readonly List<Hold> _all = [];

        public enum Where
        {
            OnTheWayOut,
            OnTheWayBack,
        }

        public Hold Next(Where where)
        {
            lock (_gate)
            {
                _next = new Hold(where);
                _all.Add(_next);
                return _next;
            }
        }

        public void ReleaseAll()
        {
            lock (_gate)
                _all.ForEach(h => h.Release());
        }

        private Hold? Take()
        {
            lock (_gate)
            {
                var hold = _next;
                _next = null;
                return hold;
            }
        }

        public sealed class Hold(Where where)
        {
            private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
            private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public Where Where => where;

            public Task ReachedAsync() => _reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

            public void Release() => _released.TrySetResult();

            public async Task WaitAsync()
            {
                _reached.TrySetResult();
                await _released.Task;
            }
        }

        public sealed class Handler(HeldCharges owner) : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var isCharge = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v1/payment_intents", StringComparison.Ordinal);
                var hold = isCharge ? owner.Take() : null;
                if (hold?.Where == Where.OnTheWayOut)
                    await hold.WaitAsync();
                var response = await base.SendAsync(request, cancellationToken);
                if (hold?.Where == Where.OnTheWayBack)
                    await hold.WaitAsync();
                return response;
            }
        }
    }
}
