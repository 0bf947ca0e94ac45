using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>
/// A NUL or another control character in a path, a query string or a form field is a 400 everywhere, before any
/// page or database sees it (PostgreSQL refuses a NUL in text; this suite runs on both databases in CI).
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ControlCharacterTests
{
    private SpriteDxApp _app = null!;
    private TestBrowser _admin = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = SpriteDxApp.Start();
        _admin = _app.NewBrowser();
        await _admin.SignUpAsync(SpriteDxApp.AdminEmail);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    [TestCase("/admin/webhooks?type=%00")]
    [TestCase("/admin/webhooks?before=0.%00")]
    [TestCase("/admin/accounts?sort=email&after=%7C%00")]
    [TestCase("/admin/accounts?q=%01bob")]
    [TestCase("/admin/audit?account=%00")]
    [TestCase("/generations?before=%00")]
    [TestCase("/billing?%00=1")]
    [TestCase("/api/generations/interpretation?prompt=dragon%1B")]
    public async Task A_control_character_in_a_query_is_a_400_not_a_500(string url)
    {
        var answer = await _admin.Client.GetAsync(url);

        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
    }

    /// <summary>
    /// A NUL in a path never reaches the app: Kestrel answers 400 with an empty body. Every other control character,
    /// and a NUL anywhere else, meets the guard, whose 400 says why.
    /// </summary>
    [Test]
    public async Task Every_value_any_page_or_endpoint_binds_refuses_control_characters_with_a_400_that_says_why()
    {
        var inputs = await BoundInputs.DiscoverAsync(_app.Services);
        var token = (await _admin.GetAsync("/")).AntiforgeryToken();
        var missed = new List<string>();

        foreach (var input in inputs)
        {
            foreach (var value in new[] { "a\0b", "a\u001Bb" })
            {
                using var request = Request(input, value, token);
                using var answer = await _admin.Client.SendAsync(request);
                var body = await answer.Content.ReadAsStringAsync();
                var refusedByKestrel = input.Place == BindingPlace.Route && value.Contains('\0') && body.Length == 0;
                if (answer.StatusCode != HttpStatusCode.BadRequest || !(refusedByKestrel || body.Contains("control character")))
                    missed.Add($"{input} with U+{(int)value[1]:X4} → {(int)answer.StatusCode}");
            }
        }

        TestContext.Out.WriteLine($"{inputs.Count} bound values tried: {string.Join("; ", inputs)}");
        inputs.Should().Contain(i => i.Place == BindingPlace.Form && i.Name == "Input.Email", "the discovery must see the login form");
        inputs.Should().Contain(i => i.Place == BindingPlace.Query && i.Route.StartsWith("/admin/webhooks"), "and the admin pages' filters");
        inputs.Should().Contain(i => i.Place == BindingPlace.Route && i.Route.StartsWith("/generations/"), "and the image routes");
        missed.Should().BeEmpty();
    }

    private static HttpRequestMessage Request(BoundInput input, string value, string token)
    {
        var handler = input.Handler is null ? "" : $"handler={input.Handler}&";
        var escaped = Uri.EscapeDataString(value);
        return input.Place switch
        {
            BindingPlace.Route => new HttpRequestMessage(new HttpMethod(input.Method), $"{input.Path.Replace(BoundInputs.Slot, escaped)}?{handler}"),
            BindingPlace.Query => new HttpRequestMessage(new HttpMethod(input.Method), $"{input.Path}?{handler}{Uri.EscapeDataString(input.Name)}={escaped}"),
            _ => new HttpRequestMessage(HttpMethod.Post, $"{input.Path}?{handler}")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [input.Name] = value }),
            },
        };
    }

    [Test]
    public async Task The_same_pages_answer_ordinary_queries_and_a_line_break_in_a_prompt_is_text()
    {
        (await _admin.Client.GetAsync("/admin/webhooks?type=checkout.session.completed")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _admin.Client.GetAsync("/admin/accounts?sort=email")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _admin.Client.GetAsync("/api/generations/interpretation?prompt=red%0Adragon")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_control_character_in_a_form_field_is_a_400_and_signs_nobody_in()
    {
        using var visitor = _app.NewBrowser();

        var answer = await visitor.SubmitFormAsync("/Identity/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "mallory\0@example.com",
            ["Input.Password"] = TestBrowser.Password,
        });

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        (await visitor.GetAsync("/billing")).RedirectedTo.Should().Contain("/Identity/Account/Login");
    }
}
