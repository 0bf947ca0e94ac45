using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.BrowserTests;

/// <summary>
/// axe-core (served from the Deque package, not a CDN) audits the main pages as they render for a visitor,
/// a customer and an admin; serious or critical findings fail the test with the rule and the element.
/// </summary>
[NonParallelizable]
public sealed class AccessibilityTests : BrowserFixture
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Test]
    public async Task Visitor_pages_and_the_unlock_modal_have_no_serious_violations()
    {
        var page = await NewPageAsync(1440, 900);
        var findings = new List<string>();

        foreach (var path in new[] { "/", "/Identity/Account/Login", "/Identity/Account/Register", "/no-such-page" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await AuditAsync(page, path));
        }

        await page.GotoAsync("/");
        await page.GetByLabel("Describe your sprite").FillAsync("knight");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Unlock Generation" })).ToBeVisibleAsync();
        findings.AddRange(await AuditAsync(page, "/ with the Unlock Generation modal open"));

        findings.Should().BeEmpty();
    }

    [Test]
    public async Task Customer_pages_have_no_serious_violations()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, $"a11y-{Guid.NewGuid():n}@example.com");
        var findings = new List<string>();

        foreach (var path in new[] { "/", "/billing", "/generations", "/Identity/Account/Manage/Data", "/billing/buy" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await AuditAsync(page, path));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Menu)).ToBeVisibleAsync();
        findings.AddRange(await AuditAsync(page, "/billing/buy with the user menu open"));

        await page.GotoAsync("/billing/buy");
        await page.Locator("form[data-pack-id='pack-500']").GetByRole(AriaRole.Button).ClickAsync();
        await BrowserSession.FillCardAsync(page, "4242 4242 4242 4242");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $5.00" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received" })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.GotoAsync("/billing");
        await page.Locator("[data-purchases] tbody tr").First.GetByRole(AriaRole.Link, new() { Name = "Receipt" }).ClickAsync();
        findings.AddRange(await AuditAsync(page, "a receipt"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Refund $5.00" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refund this purchase?" })).ToBeVisibleAsync();
        findings.AddRange(await AuditAsync(page, "a refund's confirmation"));

        findings.Should().BeEmpty();
    }

    [Test]
    public async Task Admin_and_debug_pages_have_no_serious_violations()
    {
        var page = await NewPageAsync(1440, 900);
        await BrowserSession.SignUpAsync(page, SpriteDxApp.AdminEmail);
        var findings = new List<string>();

        foreach (var path in new[] { "/admin/accounts", "/admin/audit", "/admin/webhooks", "/admin/dead-letters", "/debug/purchase", "/debug/mail" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await AuditAsync(page, path));
        }

        await page.GotoAsync("/admin/accounts");
        await page.Locator("a.account-email").First.ClickAsync();
        findings.AddRange(await AuditAsync(page, "an account page"));

        findings.Should().BeEmpty();
    }

    [Test]
    public async Task The_audit_reports_a_broken_page()
    {
        // Guards the two tests above against passing vacuously (axe not injected, impacts renamed).
        var page = await NewPageAsync(1440, 900);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/img/logo.svg\">')");

        var findings = await AuditAsync(page, "/ with an image without alt text");

        findings.Should().ContainSingle().Which.Should().Contain("image-alt");
    }

    private static async Task<IEnumerable<string>> AuditAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact))
            .Select(violation =>
                $"{where}: {violation.Impact} {violation.Id} ({violation.Help}) at " +
                string.Join("; ", violation.Nodes.Select(node => node.Html)));
    }
}
