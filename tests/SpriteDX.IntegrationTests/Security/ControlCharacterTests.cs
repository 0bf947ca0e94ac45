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
