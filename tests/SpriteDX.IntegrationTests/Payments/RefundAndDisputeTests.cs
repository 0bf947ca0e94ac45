using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.IntegrationTests.Payments;

/// <summary>Money going back after a purchase: refunds, disputes, and Stripe's events arriving twice or out of order.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class RefundAndDisputeTests
{
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = SpriteDxApp.Start(("Billing:Enabled", "true"));
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task A_full_refund_takes_the_purchased_credits_back()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");

        await _stripe.RefundAsync(charge);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
    }

    [Test]
    public async Task Partial_refunds_take_back_credits_in_proportion_until_all_are_back()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-1200"); // $10.00 for 1,200 credits

        await _stripe.RefundAsync(charge, amount: 250);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200 - 300);
        await buyer.PurchaseStatusEventuallyAsync("partially_refunded");

        await _stripe.RefundAsync(charge); // the rest
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("refunded");
    }

    [Test]
    public async Task A_dispute_freezes_the_purchased_credits()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");

        await _stripe.DisputeAsync(charge);

        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        await buyer.PurchaseStatusEventuallyAsync("disputed");
    }

    [Test]
    public async Task Duplicated_and_out_of_order_events_credit_and_refund_exactly_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (session, charge) = await PaidAsync(buyer, "pack-500");
        var completed = await _stripe.EventIdAsync("checkout.session.completed", session);

        await _stripe.ResendAnsweredAsync(completed);
        await _stripe.ResendAnsweredAsync(completed);
        await _stripe.RefundAsync(charge);
        var refunded = await _stripe.EventIdAsync("charge.refunded", charge);
        await StoredWebhookEvents.ProcessedAsync(_app, refunded);
        await _stripe.ResendAnsweredAsync(completed); // the payment's event again, after its refund
        await _stripe.ResendAnsweredAsync(refunded);

        (await StoredWebhookEvents.CountAsync(_app, completed)).Should().Be(1);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        (await buyer.PurchasesAsync()).Should().Equal(("refunded", "live"));
        (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-ledger-kind=\"refund\"");
    }

    [Test]
    public async Task A_refund_processed_before_the_payments_own_event_credits_then_takes_back_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        var completed = await WhileWebhooksPausedAsync(async () =>
        {
            await _stripe.PaidAsync(session);
            var charge = await _stripe.ChargeIdAsync(session);
            await _stripe.RefundAsync(charge);
            var completed = await _stripe.EventIdAsync("checkout.session.completed", session, delivered: false);

            await DeliverAheadAsync(await _stripe.EventIdAsync("charge.refunded", charge, delivered: false));

            (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
            (await buyer.Browser.GetAsync("/billing")).Html.Should().Contain("data-ledger-kind=\"refund\"").And.Contain("data-ledger-kind=\"purchase\"");
            return completed;
        });

        await StoredWebhookEvents.ProcessedAsync(_app, completed);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus);
        (await buyer.PurchasesAsync()).Should().Equal(("refunded", "live"));
    }

    [Test]
    public async Task A_won_dispute_returns_the_frozen_credits_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");
        var dispute = await _stripe.DisputeAsync(charge);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);

        await _stripe.CloseDisputeAsync(dispute, won: true);
        await buyer.PurchaseStatusEventuallyAsync("dispute_won");
        var closed = await _stripe.EventIdAsync("charge.dispute.closed", dispute);
        await _stripe.ResendAnsweredAsync(closed);
        await StoredWebhookEvents.ProcessedAsync(_app, closed);

        // Payments says "won" before Credits has given the credits back: wait for them, then check nothing came twice.
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 500);
        await Buyer.EventuallyAsync(async () => LedgerKinds((await buyer.Browser.GetAsync("/billing")).Html).Count, 4, "the ledger to settle");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
        LedgerKinds((await buyer.Browser.GetAsync("/billing")).Html).Should().Equal("dispute_won", "dispute", "purchase", "signup_bonus");
        var reinstated = await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("charge.dispute.funds_reinstated", dispute));
        reinstated.Status.Should().Be(WebhookEventStatus.Ignored, "funds moving are recorded; credits move only when the dispute closes");
        (await ReceiptAsync(buyer)).Should().Contain("Dispute won").And.Contain("data-adjustment-outcome=\"disputewon\"");
    }

    [Test]
    public async Task A_lost_dispute_makes_the_claw_back_final_and_the_admin_sees_it()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");
        var dispute = await _stripe.DisputeAsync(charge);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus); // frozen

        await _stripe.CloseDisputeAsync(dispute, won: false);

        await buyer.PurchaseStatusEventuallyAsync("dispute_lost");
        await Buyer.EventuallyAsync(async () => LedgerKinds((await buyer.Browser.GetAsync("/billing")).Html).FirstOrDefault(), "dispute_lost", "the newest ledger line");
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus, "losing makes the freeze final and takes nothing more");
        (await ReceiptAsync(buyer)).Should().Contain("Dispute lost");
        using var admin = await AdminPages.SignUpAdminAsync(_app);
        await Buyer.EventuallyAsync(async () => (await admin.Browser.GetAsync($"/admin/accounts/{buyer.AccountId}")).Html.Contains("data-purchase-status=\"dispute_lost\""),
            true, "the admin account page's purchase status");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_dispute_closed_before_it_was_opened_freezes_nothing_when_its_opening_arrives(bool won)
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");
        var opened = await WhileWebhooksPausedAsync(async () =>
        {
            var dispute = await _stripe.DisputeAsync(charge);
            await _stripe.CloseDisputeAsync(dispute, won);
            var opened = await _stripe.EventIdAsync("charge.dispute.created", dispute, delivered: false);
            await DeliverAheadAsync(await _stripe.EventIdAsync("charge.dispute.closed", dispute, delivered: false));
            return opened;
        });

        (await StoredWebhookEvents.ProcessedAsync(_app, opened)).Status.Should().Be(WebhookEventStatus.Processed);
        await buyer.PurchaseStatusEventuallyAsync(won ? "dispute_won" : "dispute_lost");
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + (won ? 500 : 0));
        LedgerKinds((await buyer.Browser.GetAsync("/billing")).Html).Count(k => k == "dispute").Should().Be(won ? 0 : 1, "the opening arriving late must not freeze again");
    }

    [Test]
    public async Task A_failed_refund_restores_exactly_what_it_took_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-1200"); // $10.00 for 1,200 credits
        var refund = await _stripe.RefundAsync(charge, amount: 250);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200 - 300);

        await _stripe.FailRefundAsync(refund);

        await buyer.PurchaseStatusEventuallyAsync("paid");
        var failed = await _stripe.EventIdAsync("refund.failed", refund);
        var created = await _stripe.EventIdAsync("refund.created", refund);
        await _stripe.ResendAnsweredAsync(failed);
        await _stripe.ResendAnsweredAsync(created);
        await StoredWebhookEvents.ProcessedAsync(_app, failed);
        await StoredWebhookEvents.ProcessedAsync(_app, await _stripe.EventIdAsync("charge.refund.updated", refund));

        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 1200);
        var billing = (await buyer.Browser.GetAsync("/billing")).Html;
        LedgerKinds(billing).Should().Equal("refund_failed", "refund", "purchase", "signup_bonus");
        billing.Should().Contain("data-refund-failed");
        (await ReceiptAsync(buyer)).Should().Contain("Refund failed");
    }

    [Test]
    public async Task A_refund_that_failed_before_it_was_seen_never_takes_credits()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");
        var refunded = await WhileWebhooksPausedAsync(async () =>
        {
            var refund = await _stripe.RefundAsync(charge);
            await _stripe.FailRefundAsync(refund);
            var refunded = await _stripe.EventIdAsync("charge.refunded", charge, delivered: false);
            (await DeliverAheadAsync(await _stripe.EventIdAsync("refund.failed", refund, delivered: false))).Status.Should().Be(WebhookEventStatus.Processed);
            return refunded;
        });

        await StoredWebhookEvents.ProcessedAsync(_app, refunded);
        (await buyer.BalanceAsync()).Should().Be(Buyer.SignupBonus + 500);
        (await buyer.PurchasesAsync()).Should().Equal(("paid", "live"));
        LedgerKinds((await buyer.Browser.GetAsync("/billing")).Html).Should().Equal("purchase", "signup_bonus");
    }

    /// <summary>Stripe's deliveries wait while <paramref name="act"/> runs (so one event can overtake the others), and resume however it ends.</summary>
    private async Task<T> WhileWebhooksPausedAsync<T>(Func<Task<T>> act)
    {
        await _stripe.PauseWebhooksAsync();
        try
        {
            return await act();
        }
        finally
        {
            await _stripe.ResumeWebhooksAsync();
        }
    }

    /// <summary>Delivers a live-mode event ahead of the paused others and waits until it is reconciled.</summary>
    private async Task<WebhookEvent> DeliverAheadAsync(string eventId)
    {
        await _stripe.DeliverAheadAsync(eventId, livemode: true);
        return await StoredWebhookEvents.ProcessedAsync(_app, eventId);
    }

    /// <summary>The ledger kinds on Usage and Billing, newest first.</summary>
    /// <summary>
    /// Found by the simulator (sim/run --postgres, seed 201): the notice about a dispute that closed after the
    /// account was deleted waited for an address that was gone for good, retried until it was a dead letter.
    /// </summary>
    [Test]
    public async Task A_dispute_that_closes_after_the_account_was_deleted_sends_no_notice_and_leaves_no_dead_letter()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, charge) = await PaidAsync(buyer, "pack-500");
        var dispute = await _stripe.DisputeAsync(charge);
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
        (await buyer.Browser.SubmitFormAsync("/Identity/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = TestBrowser.Password }))
            .Status.Should().Be(System.Net.HttpStatusCode.Redirect);

        await _stripe.CloseDisputeAsync(dispute, won: true);

        await Polling.UntilAsync(() => _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Set<OutboxMessage>()
            .AnyAsync(m => m.Type.Contains(nameof(PurchaseDisputeClosed)) && m.Payload.Contains(buyer.AccountId.ToString()) && m.PublishedAt != null)),
            because: "the dispute's outcome to be delivered");
        (await _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Set<OutboxMessage>()
            .Where(m => m.Payload.Contains(buyer.AccountId.ToString()) && m.Attempts > 0).Select(m => m.LastError).ToListAsync()))
            .Should().BeEmpty("nothing about the deleted account is retried");
    }

    private static IReadOnlyList<string> LedgerKinds(string html) =>
        Regex.Matches(html, "data-ledger-kind=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static async Task<string> ReceiptAsync(Buyer buyer)
    {
        var billing = (await buyer.Browser.GetAsync("/billing")).Html;
        var receipt = Regex.Match(billing, "href=\"(/billing/receipts/[0-9a-f-]+)\"").Groups[1].Value;
        return (await buyer.Browser.GetAsync(receipt)).Html;
    }

    private async Task<(string Session, string Charge)> PaidAsync(Buyer buyer, string packId)
    {
        var session = await buyer.StartCheckoutAsync(packId);
        await _stripe.PaidAsync(session);
        await buyer.PurchaseStatusEventuallyAsync("paid");
        return (session, await _stripe.ChargeIdAsync(session));
    }
}
