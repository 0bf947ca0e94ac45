using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SpriteDX.BuildingBlocks.Mail;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;

namespace SpriteDX.IntegrationTests.Mail;

/// <summary>The e-mails Payments sends, read from a real SMTP server: a receipt per purchase, a notice per refund and dispute step.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class PurchaseEmailTests
{
    private const string PublicUrl = "https://sprites.example";

    private TestSmtpServer _smtp = null!;
    private SpriteDxApp _app = null!;
    private StripeEmulatorDriver _stripe = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _smtp = TestSmtpServer.Start();
        _app = SpriteDxApp.Start(
            [.. TestSmtpServer.Settings(_smtp.Port), ("Billing:Enabled", "true"), ("SpriteDX:PublicUrl", PublicUrl), ("AllowedHosts", "sprites.example;127.0.0.1")]);
        _stripe = new StripeEmulatorDriver(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _stripe.Dispose();
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    [Test]
    public async Task A_receipt_carries_the_pack_credits_amount_card_and_a_link_to_the_receipt_page()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (_, purchaseId) = await PaidAsync(buyer, "pack-1200");

        var receipt = await MailAsync(buyer, "Your SpriteDX receipt");

        receipt.Subject.Should().Be("Your SpriteDX receipt: 1,200 credits");
        var receiptLink = $"{PublicUrl}{PaymentsLinks.Receipt(purchaseId)}";
        foreach (var body in new[] { receipt.TextBody, receipt.HtmlBody })
        {
            body.Should().Contain("1,200 credits").And.Contain("1,200").And.Contain("$10.00").And.Contain("Visa •••• 4242")
                .And.Contain(purchaseId.ToString("n")[..12].ToUpperInvariant()).And.Contain(receiptLink)
                .And.NotContain("TEST MODE").And.NotContain("127.0.0.1");
        }

        receipt.HtmlBody.Should().Contain("View your receipt");
    }

    [Test]
    public async Task A_test_mode_receipt_says_no_real_money_moved()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();

        await PaidAsync(buyer, "pack-500");

        var receipt = await MailAsync(buyer, "[Test mode] Your SpriteDX receipt");
        receipt.Subject.Should().Be("[Test mode] Your SpriteDX receipt: 500 credits");
        receipt.TextBody.Should().StartWith("TEST MODE: NO REAL MONEY MOVED");
        receipt.HtmlBody.Should().Contain("TEST MODE: no real money moved");
    }

    [Test]
    public async Task A_duplicated_webhook_and_the_success_page_send_one_receipt()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await _stripe.PaidAsync(session);
        (await buyer.ReturnFromCheckoutAsync(session)).Html.Should().Contain("500");
        var completed = await _stripe.EventIdAsync("checkout.session.completed", session);
        await StoredWebhookEvents.ProcessedAsync(_app, completed);

        await _stripe.ResendAnsweredAsync(completed);
        await _stripe.ResendAnsweredAsync(completed);
        await StoredWebhookEvents.ProcessedAsync(_app, completed);
        await ReplayPurchaseCompletedAsync(buyer); // the bus delivering the notification again, as a retry after a crash would

        await MailAsync(buyer, "Your SpriteDX receipt");
        await AllSentAsync(buyer);
        ReceivedBy(buyer).Should().ContainSingle(m => (m.Subject ?? "").StartsWith("Your SpriteDX receipt", StringComparison.Ordinal));
        (await QueuedForAsync(buyer)).Should().Be(1);
    }

    [Test]
    public async Task A_full_refund_tells_the_buyer_what_came_back_and_the_credits_taken()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (charge, _) = await PaidAsync(buyer, "pack-500");

        await _stripe.RefundAsync(charge);

        var notice = await MailAsync(buyer, "Refund of $5.00: 500 credits taken back");
        notice.TextBody.Should().Contain("$5.00 (full)").And.Contain("Credits taken back").And.Contain("500 credits bought with it were taken back");
    }

    [Test]
    public async Task A_test_mode_refund_says_it_is_a_test_refund_and_no_real_money_moved()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        await buyer.BecomeTestBillingAccountAsync();
        var (charge, _) = await PaidAsync(buyer, "pack-500");

        await _stripe.RefundAsync(charge);

        var notice = await MailAsync(buyer, "[Test mode] Test refund of $5.00");
        notice.Subject.Should().Be("[Test mode] Test refund of $5.00: 500 test credits taken back");
        notice.TextBody.Should().StartWith("TEST MODE: NO REAL MONEY MOVED");
        foreach (var body in new[] { notice.TextBody, notice.HtmlBody })
        {
            body.Should().Contain("Your test purchase was refunded").And.Contain("no real money moved, and nothing goes back to a card")
                .And.Contain("500 test credits bought with it were taken back").And.Contain("Test credits taken back")
                .And.NotContain("on its way back to your card").And.NotContain("recorded as owed");
        }
    }

    [Test]
    public async Task A_partial_refund_and_then_its_failure_each_send_their_notice_once()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (charge, _) = await PaidAsync(buyer, "pack-1200"); // $10.00 for 1,200 credits

        var refund = await _stripe.RefundAsync(charge, amount: 250);
        var partial = await MailAsync(buyer, "Partial refund of $2.50: 300 credits taken back");
        partial.TextBody.Should().Contain("$2.50 (partial)").And.Contain("300 credits bought with it were taken back");

        await _stripe.FailRefundAsync(refund);

        var failed = await MailAsync(buyer, "Your refund of $2.50 did not go through");
        failed.TextBody.Should().Contain("The 300 credits it had taken back are in your balance again");
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus + 1200);
        await AllSentAsync(buyer);
        ReceivedBy(buyer).Select(m => m.Subject).Should().BeEquivalentTo(
            "Your SpriteDX receipt: 1,200 credits", "Partial refund of $2.50: 300 credits taken back", "Your refund of $2.50 did not go through");
    }

    [Test]
    public async Task A_dispute_sends_a_notice_when_it_opens_and_when_it_is_won()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (charge, _) = await PaidAsync(buyer, "pack-500");

        var dispute = await _stripe.DisputeAsync(charge);
        var opened = await MailAsync(buyer, "Your $5.00 payment is disputed: 500 credits frozen");
        opened.TextBody.Should().Contain("the 500 credits it bought are frozen");

        await _stripe.CloseDisputeAsync(dispute, won: true);
        var won = await MailAsync(buyer, "Dispute closed: 500 credits returned");
        won.TextBody.Should().Contain("The 500 credits the dispute froze are in your balance again");
    }

    [Test]
    public async Task A_lost_dispute_says_the_payment_went_back_and_the_credits_stay_taken()
    {
        using var buyer = await Buyer.SignUpAsync(_app);
        var (charge, _) = await PaidAsync(buyer, "pack-500");
        var dispute = await _stripe.DisputeAsync(charge);
        await MailAsync(buyer, "Your $5.00 payment is disputed: 500 credits frozen");

        await _stripe.CloseDisputeAsync(dispute, won: false);

        var lost = await MailAsync(buyer, "Dispute closed: the $5.00 payment went back to the card");
        lost.TextBody.Should().Contain("went back to the card").And.Contain("stay taken back");
        await buyer.BalanceEventuallyAsync(Buyer.SignupBonus);
    }

    [Test]
    public async Task A_receipt_for_an_smtp_server_that_is_down_is_retried_and_delivered_when_it_is_back()
    {
        var port = TestSmtpServer.FreePort();
        await using var app = SpriteDxApp.Start(
            [.. TestSmtpServer.Settings(port), ("Billing:Enabled", "true"), ("Email:FirstRetryDelay", "00:00:00.200"), ("Email:MaxRetryDelay", "00:00:00.500")]);
        using var stripe = new StripeEmulatorDriver(app);
        using var buyer = await Buyer.SignUpAsync(app);
        var session = await buyer.StartCheckoutAsync("pack-500");
        await stripe.PaidAsync(session);
        await buyer.PurchaseStatusEventuallyAsync("paid");

        await Polling.UntilAsync(async () => (await QueueRowAsync(app, buyer)) is { Attempts: > 1, SentAt: null }, because: "the receipt to be tried and retried");
        using var smtp = TestSmtpServer.Start(port);

        var receipt = await smtp.MessageToAsync(buyer.Email, "Your SpriteDX receipt: 500 credits"); // the poll fails the test if it never arrives
        receipt.TextBody.Should().Contain("500 credits");
        await Polling.UntilAsync(async () => (await QueueRowAsync(app, buyer))?.SentAt is not null, because: "the receipt to be marked sent");
    }

    private async Task<(string Charge, Guid PurchaseId)> PaidAsync(Buyer buyer, string packId)
    {
        var session = await buyer.StartCheckoutAsync(packId);
        await _stripe.PaidAsync(session);
        await buyer.PurchaseStatusEventuallyAsync("paid");
        var purchaseId = await _app.WithScopeAsync(services =>
            services.GetRequiredService<PaymentsDbContext>().Purchases.Where(p => p.CheckoutSessionId == session).Select(p => p.Id).SingleAsync());
        return (await _stripe.ChargeIdAsync(session), purchaseId);
    }

    private async Task<MimeMessage> MailAsync(Buyer buyer, string subjectStart)
    {
        MimeMessage? found = null;
        await Polling.UntilAsync(
            () => Task.FromResult((found = ReceivedBy(buyer).FirstOrDefault(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal))) is not null),
            because: $"an e-mail '{subjectStart}…' to {buyer.Email}");
        return found!;
    }

    /// <summary>What Payments sent the buyer (Accounts' welcome message left out).</summary>
    private List<MimeMessage> ReceivedBy(Buyer buyer) => _smtp.Received
        .Where(m => m.To.Mailboxes.Any(b => b.Address == buyer.Email) && !(m.Subject ?? "").StartsWith("Welcome to SpriteDX", StringComparison.Ordinal))
        .ToList();

    /// <summary>Nothing of the buyer's waits in Payments' queue any more, so what the SMTP server holds is all there will be.</summary>
    private Task AllSentAsync(Buyer buyer) => Polling.UntilAsync(() => _app.WithScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().Mail.AllAsync(m => m.To != buyer.Email || m.SentAt != null)), because: "the queue to be sent");

    private Task<int> QueuedForAsync(Buyer buyer) =>
        _app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Mail.CountAsync(m => m.To == buyer.Email));

    private static Task<QueuedEmail?> QueueRowAsync(SpriteDxApp app, Buyer buyer) =>
        app.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Mail.AsNoTracking().SingleOrDefaultAsync(m => m.To == buyer.Email));

    private async Task ReplayPurchaseCompletedAsync(Buyer buyer)
    {
        var published = await _app.WithScopeAsync(async services =>
            (await services.GetRequiredService<PaymentsDbContext>().Outbox.AsNoTracking().Where(m => m.Type.Contains(nameof(PurchaseCompleted))).ToListAsync())
            .Select(m => m.ToNotification()).OfType<PurchaseCompleted>().Single(n => n.AccountId == buyer.AccountId));
        await _app.PublishAsync(published);
    }
}
