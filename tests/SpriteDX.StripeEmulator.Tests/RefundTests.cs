using System.Net;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>The Refunds API as Stripe.net calls it, refunds that fail later, and disputes the card network closes.</summary>
public sealed class RefundTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    private RefundService Refunds(string key = EmulatorServer.TestKey) => _emulator.Client(key).V1.Refunds;

    [Test]
    public async Task A_refund_of_a_payment_intent_takes_the_amount_asked_then_the_rest_and_sends_stripes_events()
    {
        var intent = await _emulator.PaidIntentAsync();

        var partial = await Refunds().CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = intent.Id, Amount = 500, Reason = "requested_by_customer",
            Metadata = new Dictionary<string, string> { ["purchase_id"] = "p-1" },
        });
        var rest = await Refunds().CreateAsync(new RefundCreateOptions { Charge = intent.LatestChargeId });

        partial.Status.Should().Be("succeeded");
        partial.Amount.Should().Be(500);
        partial.Reason.Should().Be("requested_by_customer");
        partial.Metadata.Should().Equal(new Dictionary<string, string> { ["purchase_id"] = "p-1" });
        partial.ChargeId.Should().Be(intent.LatestChargeId);
        partial.PaymentIntentId.Should().Be(intent.Id);
        rest.Amount.Should().Be(1499, "no amount refunds all that is left");
        (await Refunds().GetAsync(partial.Id)).Amount.Should().Be(500);
        var charge = await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId);
        charge.AmountRefunded.Should().Be(1999);
        charge.Refunded.Should().BeTrue();

        var received = await _emulator.ReceivedEventuallyAsync(
            r => r.Count(w => EmulatorServer.TypeOf(w) is "refund.created" or "charge.refunded") == 4, "two refund.created and two charge.refunded");
        var events = received.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret)).ToList();
        events.Where(e => e.Type == "refund.created").Select(e => ((Refund)e.Data.Object).Id).Should().BeEquivalentTo([partial.Id, rest.Id]);
        events.Where(e => e.Type == "charge.refunded").Select(e => ((Charge)e.Data.Object).AmountRefunded).Should().BeEquivalentTo([500L, 1999L]);
    }

    [Test]
    public async Task The_same_idempotency_key_gives_the_same_refund_once_and_refuses_other_parameters()
    {
        var intent = await _emulator.PaidIntentAsync();
        var options = new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 700 };
        var key = new RequestOptions { IdempotencyKey = "refund-p-1" };

        var first = await Refunds().CreateAsync(options, key);
        var again = await Refunds().CreateAsync(options, key);
        var other = () => Refunds().CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 800 }, key);

        again.Id.Should().Be(first.Id);
        (await other.Should().ThrowAsync<StripeException>()).Which.StripeError.Type.Should().Be("idempotency_error");
        (await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded.Should().Be(700);
    }

    [Test]
    public async Task Refunds_beyond_what_is_left_of_unpaid_or_unknown_payments_are_refused_in_stripes_shape()
    {
        var intent = await _emulator.PaidIntentAsync();
        var live = await _emulator.PaidIntentAsync(EmulatorServer.LiveKey);
        var bankOptions = EmulatorServer.SessionOptions();
        bankOptions.AllowedPaymentMethodTypes = ["card", "us_bank_account"];
        var processing = await _emulator.CreateSessionAsync(options: bankOptions);
        await _emulator.PostControlAsync($"checkout/sessions/{processing.Id}/pay", ("payment_method", "us_bank_account"));
        var unpaidIntent = (await _emulator.Client().V1.Checkout.Sessions.GetAsync(processing.Id)).PaymentIntentId;

        var tooLarge = await RefusedAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 2000 });
        var unpaid = await RefusedAsync(new RefundCreateOptions { PaymentIntent = unpaidIntent });
        var unknown = await RefusedAsync(new RefundCreateOptions { PaymentIntent = "pi_3Missing" });
        var otherMode = await RefusedAsync(new RefundCreateOptions { Charge = live.LatestChargeId });
        var neither = await RefusedAsync(new RefundCreateOptions { Amount = 100 });

        (tooLarge.HttpStatusCode, tooLarge.StripeError.Code, tooLarge.StripeError.Param).Should().Be((HttpStatusCode.BadRequest, "amount_too_large", "amount"));
        tooLarge.StripeError.Message.Should().Be("Refund amount ($20.00) is greater than unrefunded amount on charge ($19.99)");
        (unpaid.HttpStatusCode, unpaid.StripeError.Param).Should().Be((HttpStatusCode.BadRequest, "payment_intent"));
        unpaid.StripeError.Message.Should().Be($"This PaymentIntent ({unpaidIntent}) does not have a successful charge to refund.");
        (unknown.HttpStatusCode, unknown.StripeError.Code, unknown.StripeError.Param).Should().Be((HttpStatusCode.NotFound, "resource_missing", "payment_intent"));
        (otherMode.HttpStatusCode, otherMode.StripeError.Code).Should().Be((HttpStatusCode.NotFound, "resource_missing"));
        otherMode.StripeError.Message.Should().Contain("exists in live mode");
        (neither.HttpStatusCode, neither.StripeError.Type).Should().Be((HttpStatusCode.BadRequest, "invalid_request_error"));
        (await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded.Should().Be(0);
    }

    [Test]
    public async Task A_disputed_charge_cannot_be_refunded()
    {
        var intent = await _emulator.PaidIntentAsync();
        await _emulator.PostControlAsync($"charges/{intent.LatestChargeId}/dispute");

        var refused = await RefusedAsync(new RefundCreateOptions { PaymentIntent = intent.Id });

        refused.StripeError.Code.Should().Be("charge_disputed");
    }

    [Test]
    public async Task A_failed_refund_gives_the_amount_back_to_the_charge_and_sends_refund_failed()
    {
        var intent = await _emulator.PaidIntentAsync();
        var refund = await Refunds().CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 500 });

        var failed = await _emulator.PostControlAsync($"refunds/{refund.Id}/fail", ("failure_reason", "lost_or_stolen_card"));

        ((string)failed["status"]!).Should().Be("failed");
        var read = await Refunds().GetAsync(refund.Id);
        (read.Status, read.FailureReason).Should().Be(("failed", "lost_or_stolen_card"));
        read.FailureBalanceTransactionId.Should().StartWith("txn_");
        var charge = await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId, new ChargeGetOptions { Expand = ["refunds"] });
        (charge.AmountRefunded, charge.Refunded).Should().Be((0, false));
        charge.Refunds.Data.Single().Status.Should().Be("failed");
        var received = await _emulator.ReceivedEventuallyAsync(
            r => r.Count(w => EmulatorServer.TypeOf(w) is "refund.failed" or "refund.updated" or "charge.refund.updated") == 3, "the refund's failure events");
        var events = received.Select(w => EventUtility.ConstructEvent(w.Body, w.Signature, StripeEmulatorDefaults.TestWebhookSecret))
            .Where(e => e.Type is "refund.failed" or "refund.updated" or "charge.refund.updated").ToList();
        events.Select(e => e.Type).Should().BeEquivalentTo(["charge.refund.updated", "refund.updated", "refund.failed"]);
        events.Should().OnlyContain(e => ((Refund)e.Data.Object).Id == refund.Id && ((Refund)e.Data.Object).Status == "failed");
        var updated = JsonNode.Parse(received.First(w => EmulatorServer.TypeOf(w) == "refund.updated").Body)!;
        ((string)updated["data"]!["previous_attributes"]!["status"]!).Should().Be("succeeded");

        var rest = await Refunds().CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id });
        rest.Amount.Should().Be(1999, "the failed refund's money is refundable again");
    }

    [Test]
    public async Task A_refund_fails_once_and_an_unknown_one_not_at_all()
    {
        var intent = await _emulator.PaidIntentAsync();
        var refund = await Refunds().CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id });
        await _emulator.PostControlAsync($"refunds/{refund.Id}/fail");

        using var twice = await _emulator.Http.PostAsync($"_emulator/refunds/{refund.Id}/fail", null);
        using var unknown = await _emulator.Http.PostAsync("_emulator/refunds/re_3Missing/fail", null);

        twice.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)JsonNode.Parse(await twice.Content.ReadAsStringAsync())!["error"]!["message"]!).Should().Contain("is failed");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _emulator.Client().V1.Charges.GetAsync(intent.LatestChargeId)).AmountRefunded.Should().Be(0);
    }

    [Test]
    public async Task A_dispute_won_is_closed_and_its_funds_reinstated()
    {
        var intent = await _emulator.PaidIntentAsync();
        var opened = await _emulator.PostControlAsync($"charges/{intent.LatestChargeId}/dispute");
        var id = (string)opened["id"]!;

        await _emulator.PostControlAsync($"disputes/{id}/close", ("status", "won"));

        var dispute = await _emulator.Client().V1.Disputes.GetAsync(id);
        dispute.Status.Should().Be("won");
        dispute.BalanceTransactions.Select(t => t.Amount).Should().Equal(-1999, 1999);
        var received = await _emulator.ReceivedEventuallyAsync(
            r => r.Count(w => EmulatorServer.TypeOf(w) is "charge.dispute.closed" or "charge.dispute.funds_reinstated") == 2, "closed and reinstated");
        var closed = EventUtility.ConstructEvent(received.Single(w => EmulatorServer.TypeOf(w) == "charge.dispute.closed").Body,
            received.Single(w => EmulatorServer.TypeOf(w) == "charge.dispute.closed").Signature, StripeEmulatorDefaults.TestWebhookSecret);
        ((Dispute)closed.Data.Object).Status.Should().Be("won");
        ((string)JsonNode.Parse(closed.Data.PreviousAttributes.ToString())!["status"]!).Should().Be("needs_response");
    }

    [Test]
    public async Task A_dispute_lost_is_closed_once_and_only_closed()
    {
        var intent = await _emulator.PaidIntentAsync();
        var id = (string)(await _emulator.PostControlAsync($"charges/{intent.LatestChargeId}/dispute"))["id"]!;

        await _emulator.PostControlAsync($"disputes/{id}/close", ("status", "lost"));
        using var twice = await _emulator.Http.PostAsync($"_emulator/disputes/{id}/close", new FormUrlEncodedContent([KeyValuePair.Create("status", "won")]));
        using var badStatus = await _emulator.Http.PostAsync($"_emulator/disputes/{id}/close", new FormUrlEncodedContent([KeyValuePair.Create("status", "maybe")]));
        using var unknown = await _emulator.Http.PostAsync("_emulator/disputes/dp_1Missing/close", new FormUrlEncodedContent([KeyValuePair.Create("status", "won")]));

        (await _emulator.Client().V1.Disputes.GetAsync(id)).Status.Should().Be("lost");
        twice.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = JsonNode.Parse(await twice.Content.ReadAsStringAsync())!["error"]!;
        ((string)error["type"]!).Should().Be("invalid_request_error");
        ((string)error["message"]!).Should().Contain("already closed (lost)");
        badStatus.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await _emulator.ReceivedEventuallyAsync(r => r.Any(w => EmulatorServer.TypeOf(w) == "charge.dispute.closed"), "charge.dispute.closed");
        (await _emulator.EventsAsync("charge.dispute.closed")).Should().ContainSingle();
        (await _emulator.EventsAsync("charge.dispute.funds_reinstated")).Should().BeEmpty();
    }

    private async Task<StripeException> RefusedAsync(RefundCreateOptions options)
    {
        var call = () => Refunds().CreateAsync(options);
        return (await call.Should().ThrowAsync<StripeException>()).Which;
    }
}
