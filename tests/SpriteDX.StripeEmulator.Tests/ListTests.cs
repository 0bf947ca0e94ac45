using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;
using Stripe.Checkout;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>Stripe's lists: newest first, <c>limit</c>, both cursors, <c>has_more</c>, one mode per key, and events by type.</summary>
public sealed class ListTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync(withWebhook: false);

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task Sessions_list_newest_first_in_pages_of_the_callers_mode()
    {
        var created = new List<string>();
        for (var i = 0; i < 5; i++) created.Add((await _emulator.CreateSessionAsync()).Id);
        await _emulator.CreateSessionAsync(EmulatorServer.LiveKey);
        var newestFirst = Enumerable.Reverse(created).ToList();
        var sessions = _emulator.Client().V1.Checkout.Sessions;

        var first = await sessions.ListAsync(new SessionListOptions { Limit = 2 });
        var next = await sessions.ListAsync(new SessionListOptions { Limit = 2, StartingAfter = first.Data[^1].Id });
        var before = await sessions.ListAsync(new SessionListOptions { Limit = 2, EndingBefore = created[0] });
        var all = await sessions.ListAutoPagingAsync(new SessionListOptions { Limit = 2 }).ToListAsync();

        (first.Object, first.Url, first.HasMore).Should().Be(("list", "/v1/checkout/sessions", true));
        first.Data.Select(s => s.Id).Should().Equal(newestFirst[..2]);
        next.Data.Select(s => s.Id).Should().Equal(newestFirst[2..4]);
        before.Data.Select(s => s.Id).Should().Equal(created[2], created[1]);
        before.HasMore.Should().BeTrue("there are newer sessions than these two");
        all.Select(s => s.Id).Should().Equal(newestFirst, "auto-pagination walks every test-mode session once, and no live one");
        (await _emulator.Client(EmulatorServer.LiveKey).V1.Checkout.Sessions.ListAsync()).Data.Should().ContainSingle();
    }

    [Test]
    public async Task Sessions_list_by_status_with_their_payment_intents_expanded()
    {
        var paid = await _emulator.CreateSessionAsync();
        await _emulator.PaidAsync(paid.Id);
        await _emulator.CreateSessionAsync();

        var complete = await _emulator.Client().V1.Checkout.Sessions.ListAsync(
            new SessionListOptions { Status = "complete", Expand = ["data.payment_intent"] });

        complete.Data.Should().ContainSingle().Which.Id.Should().Be(paid.Id);
        complete.Data[0].PaymentIntent.Status.Should().Be("succeeded");
    }

    [Test]
    public async Task Events_list_by_type_newest_first_and_page_through_all_of_them()
    {
        var intent = await _emulator.PaidIntentAsync();
        var refunds = _emulator.Client().V1.Refunds;
        var first = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 100 });
        var second = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = intent.Id, Amount = 200 });
        await _emulator.CreateSessionAsync(EmulatorServer.LiveKey);
        var events = _emulator.Client().V1.Events;

        var created = await events.ListAsync(new EventListOptions { Type = "refund.created" });
        var either = await events.ListAsync(new EventListOptions { Types = ["refund.created", "charge.refunded"] });
        var all = await events.ListAutoPagingAsync(new EventListOptions { Limit = 1 }).ToListAsync();

        created.Url.Should().Be("/v1/events");
        created.HasMore.Should().BeFalse();
        created.Data.Select(e => ((Refund)e.Data.Object).Id).Should().Equal(second.Id, first.Id);
        either.Data.Should().HaveCount(4);
        all.Select(e => e.Type).Should().Equal("charge.refunded", "refund.created", "charge.refunded", "refund.created", "checkout.session.completed");
        all.Should().OnlyContain(e => !e.Livemode);
    }

    [TestCase("v1/checkout/sessions", 10, true)]
    [TestCase("v1/checkout/sessions?limit=100", 12, false)]
    [TestCase("v1/events", 10, true)]
    [TestCase("v1/events?limit=100", 11, false)]
    public async Task A_list_holds_ten_by_default_and_up_to_a_hundred(string path, int count, bool hasMore)
    {
        for (var i = 0; i < 12; i++)
        {
            var session = await _emulator.CreateSessionAsync();
            if (i > 0) await _emulator.Client().V1.Checkout.Sessions.ExpireAsync(session.Id);
        }

        var list = JsonNode.Parse(await GetAsync(path, HttpStatusCode.OK))!;

        list["data"]!.AsArray().Count.Should().Be(count);
        ((bool)list["has_more"]!).Should().Be(hasMore);
    }

    [TestCase("v1/checkout/sessions?limit=0", 400, "limit")]
    [TestCase("v1/checkout/sessions?limit=101", 400, "limit")]
    [TestCase("v1/events?limit=abc", 400, "limit")]
    [TestCase("v1/checkout/sessions?starting_after=cs_test_missing", 404, "starting_after")]
    [TestCase("v1/events?ending_before=evt_missing", 404, "ending_before")]
    [TestCase("v1/events?starting_after=a&ending_before=b", 400, "starting_after")]
    [TestCase("v1/checkout/sessions?expand[]=payment_intent", 400, "expand")]
    [TestCase("v1/checkout/sessions?status=paid", 400, "status")]
    [TestCase("v1/events?colour=blue", 400, "colour")]
    public async Task Bad_list_parameters_are_stripe_errors_naming_the_parameter(string path, int status, string param)
    {
        var error = JsonNode.Parse(await GetAsync(path, (HttpStatusCode)status))!["error"]!;

        ((string)error["param"]!).Should().Be(param);
        ((string)error["type"]!).Should().Be("invalid_request_error");
    }

    private async Task<string> GetAsync(string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EmulatorServer.TestKey);
        using var response = await _emulator.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        return body;
    }
}
