using System.Net;
using System.Text.Json.Nodes;
using SpriteDX.StripeEmulator.Tests.Support;
using Stripe;

namespace SpriteDX.StripeEmulator.Tests;

/// <summary>`/_emulator/faults`: the next N API calls matching a path fail with a 500, hang, or answer late; nothing else changes.</summary>
public sealed class FaultControlTests
{
    private EmulatorServer _emulator = null!;

    [SetUp]
    public async Task StartAsync() => _emulator = await EmulatorServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _emulator.DisposeAsync();

    [Test]
    public async Task A_500_fault_fails_the_next_calls_on_that_path_without_creating_anything_then_is_used_up()
    {
        await _emulator.PostControlAsync("faults", ("path", "/v1/checkout/sessions"), ("method", "POST"), ("status", "500"), ("count", "2"));
        var sessions = _emulator.Client().V1.Checkout.Sessions;
        var noRetries = new RequestOptions { IdempotencyKey = "k-" + Guid.NewGuid().ToString("n") };

        for (var i = 0; i < 2; i++)
        {
            var failing = () => new StripeClient(EmulatorServer.TestKey, apiBase: _emulator.ApiBase, httpClient: new SystemNetHttpClient(maxNetworkRetries: 0))
                .V1.Checkout.Sessions.CreateAsync(EmulatorServer.SessionOptions(), noRetries);
            (await failing.Should().ThrowAsync<StripeException>()).Which.HttpStatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }

        (await sessions.ListAsync()).Data.Should().BeEmpty("a call failed by the fault control changes nothing");
        var created = await sessions.CreateAsync(EmulatorServer.SessionOptions(), noRetries);
        created.Id.Should().StartWith("cs_test_");
        (await _emulator.FaultsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task A_fault_on_one_path_leaves_other_paths_and_methods_alone()
    {
        var session = await _emulator.CreateSessionAsync();
        await _emulator.PostControlAsync("faults", ("path", "/v1/checkout/sessions"), ("method", "POST"), ("status", "500"));

        (await _emulator.Client().V1.Checkout.Sessions.GetAsync(session.Id)).Id.Should().Be(session.Id);
        (await _emulator.Client().V1.Events.ListAsync()).Should().NotBeNull();
        (await _emulator.FaultsAsync()).Should().ContainSingle().Which!["remaining"]!.GetValue<int>().Should().Be(1);
    }

    [Test]
    public async Task A_timeout_fault_holds_the_call_until_the_caller_gives_up()
    {
        var session = await _emulator.CreateSessionAsync();
        await _emulator.PostControlAsync("faults", ("path", "/v1/checkout/sessions/"), ("status", "timeout"));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) };
        var client = new StripeClient(EmulatorServer.TestKey, apiBase: _emulator.ApiBase, httpClient: new SystemNetHttpClient(impatient, maxNetworkRetries: 0));

        var retrieving = () => client.V1.Checkout.Sessions.GetAsync(session.Id);

        await retrieving.Should().ThrowAsync<Exception>();
        (await client.V1.Checkout.Sessions.GetAsync(session.Id)).Id.Should().Be(session.Id, "the fault was used up by the call that timed out");
    }

    [Test]
    public async Task A_slow_fault_answers_as_usual_only_later()
    {
        await _emulator.PostControlAsync("faults", ("path", "/v1/checkout/sessions"), ("delay", "500"), ("count", "2"));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(50) };
        var client = new StripeClient(EmulatorServer.TestKey, apiBase: _emulator.ApiBase, httpClient: new SystemNetHttpClient(impatient, maxNetworkRetries: 0));

        var tooImpatient = () => client.V1.Checkout.Sessions.ListAsync();

        await tooImpatient.Should().ThrowAsync<Exception>("the answer comes later than this caller waits");
        (await _emulator.CreateSessionAsync()).Id.Should().StartWith("cs_test_", "a patient caller gets the usual answer");
        (await _emulator.FaultsAsync()).Should().BeEmpty();
    }

    [Test]
    public async Task Clearing_the_faults_disarms_them_all()
    {
        await _emulator.PostControlAsync("faults", ("path", "/v1/"), ("status", "500"), ("count", "100"));
        using var cleared = await _emulator.Http.DeleteAsync("_emulator/faults");
        cleared.StatusCode.Should().Be(HttpStatusCode.OK);

        (await _emulator.CreateSessionAsync()).Id.Should().StartWith("cs_test_");
        (await _emulator.FaultsAsync()).Should().BeEmpty();
    }

    [TestCase("status=500", "path")]
    [TestCase("path=checkout&status=500", "path")]
    [TestCase("path=/v1/x&status=404", "status")]
    [TestCase("path=/v1/x", "status")]
    [TestCase("path=/v1/x&status=500&delay=10", "delay")]
    [TestCase("path=/v1/x&status=500&count=0", "count")]
    [TestCase("path=/v1/x&status=500&method=PATCH", "method")]
    [TestCase("path=/v1/x&status=500&colour=red", "colour")]
    public async Task A_bad_fault_is_refused_naming_the_parameter_and_arms_nothing(string form, string param)
    {
        using var response = await _emulator.Http.PostAsync("_emulator/faults", new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        ((string?)error["param"]).Should().Be(param);
        (await _emulator.FaultsAsync()).Should().BeEmpty();
    }
}
