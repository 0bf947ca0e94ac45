using System.Text;
using System.Text.Json;
using SpriteDX.Modules.Payments.Features.Webhooks.Receive;

namespace SpriteDX.UnitTests.Payments;

/// <summary>The one-pass reader of a Stripe event's id, type, mode and object id, at the webhook's edge.</summary>
public sealed class WebhookEnvelopeTests
{
    private static IEnumerable<string> Events() => RecordedStripeEvents.Names();

    [TestCaseSource(nameof(Events))]
    public void Every_recorded_event_reads_as_a_full_parse_of_it_does(string name)
    {
        var body = RecordedStripeEvents.Body(name);
        using var parsed = JsonDocument.Parse(body);
        var root = parsed.RootElement;

        WebhookEnvelope.Read(body).Should().Be(new WebhookEnvelope(
            root.GetProperty("id").GetString()!, root.GetProperty("type").GetString()!, root.GetProperty("livemode").GetBoolean(),
            root.GetProperty("data").GetProperty("object").GetProperty("id").GetString()));
    }

    [Test]
    public void Ids_nested_anywhere_else_are_never_taken_for_the_event_or_its_object()
    {
        const string json = """
            {
              "request": { "id": "req_nested", "idempotency_key": null },
              "data": {
                "previous_attributes": { "id": "cs_previous" },
                "object": {
                  "customer_details": { "id": "cus_nested", "address": { "id": "addr_nested" } },
                  "line_items": { "data": [ { "id": "li_nested" } ] },
                  "metadata": { "id": "meta_nested", "note": "\"id\": \"evt_in_a_string\"" },
                  "id": "cs_test_the_object",
                  "object": "checkout.session"
                }
              },
              "api_version": "2026-10-28.endive",
              "livemode": true,
              "type": "checkout.session.completed",
              "object": "event",
              "id": "evt_the_event"
            }
            """;

        Read(json).Should().Be(new WebhookEnvelope("evt_the_event", "checkout.session.completed", true, "cs_test_the_object"));
    }

    [Test]
    public void Escaped_property_names_and_values_read_as_written_unescaped()
    {
        const string json = """{"\u0069d": "evt_\u0031", "type": "charge.refunded", "livemode": false, "api_version": "x", "data": {"object": {"\u0069d": "ch_\u0032"}}}""";

        Read(json).Should().Be(new WebhookEnvelope("evt_1", "charge.refunded", false, "ch_2"));
    }

    [Test]
    public void An_object_without_an_id_reads_with_none()
    {
        Read("""{"id": "evt_1", "type": "balance.available", "livemode": false, "api_version": "x", "data": {"object": {"object": "balance"}}}""")
            .Should().Be(new WebhookEnvelope("evt_1", "balance.available", false, null));
    }

    [TestCase("")]
    [TestCase("not json at all")]
    [TestCase("[1, 2, 3]")]
    [TestCase("null")]
    [TestCase("\"event\"")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": "false", "api_version": "v", "data": {"object": {}}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": null, "data": {"object": {}}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": 7, "data": {"object": {}}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": {"v": "x"}, "data": {"object": {}}}""")]
    [TestCase("""{"id": "", "type": "x", "livemode": false, "api_version": "v", "data": {"object": {}}}""")]
    [TestCase("""{"id": 12, "type": "x", "livemode": false, "api_version": "v", "data": {"object": {}}}""")]
    [TestCase("""{"id": "evt_1", "livemode": false, "api_version": "v", "data": {"object": {}}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v"}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": 42}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {"object": "cs_test_1"}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {"object": {}}""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {"object": {}}} trailing""")]
    [TestCase("""{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {"object": {}}, /* c */ "a": 1}""")]
    public void A_body_that_is_not_a_stripe_event_reads_as_nothing(string json) =>
        Read(json).Should().BeNull();

    [Test]
    public void A_body_nested_past_the_readers_depth_reads_as_nothing_without_throwing()
    {
        var deep = """{"id": "evt_1", "type": "x", "livemode": false, "api_version": "v", "data": {"object": {"a": """
                   + new string('[', 10_000) + new string(']', 10_000) + "}}}";

        Read(deep).Should().BeNull();
    }

    private static WebhookEnvelope? Read(string json) => WebhookEnvelope.Read(Encoding.UTF8.GetBytes(json));
}
