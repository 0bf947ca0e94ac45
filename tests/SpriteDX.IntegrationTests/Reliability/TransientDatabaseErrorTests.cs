using System.Net;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Reliability;

/// <summary>A transient database error outside the money paths: nothing a person or an operator should see.</summary>
[NonParallelizable] // Hangfire keeps its storage and job activator in statics; another app starting at the same moment could take them
public sealed class TransientDatabaseErrorTests
{
    // Found by the simulator: a database fault left armed across a restart failed the data export sweep at start-up,
    // and the host did not start.
    [TestCase(FaultMoment.BeforeCommand)]
    [TestCase(FaultMoment.AfterCommand)]
    public async Task A_start_up_task_meeting_one_runs_again_and_the_host_starts(FaultMoment moment)
    {
        var faults = new DatabaseFaults();
        faults.Arm(new DatabaseFault("accounts", "\"ExpiresAt\" <=", moment)); // the data export sweep's first command

        await using var app = SpriteDxApp.Start(faults.Register);

        faults.Injected.Should().Be(1);
        using var browser = app.NewBrowser();
        (await browser.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK);
    }

    // Found by the simulator (seed 3, step 141): a transient error claiming the sign-up bonus notice in the layout
    // answered 500 for the whole page.
    [Test]
    public async Task One_in_claiming_a_notice_leaves_the_page_up_and_the_notice_for_the_next_page()
    {
        var faults = new DatabaseFaults();
        await using var app = SpriteDxApp.Start(faults.Register);
        using var player = await Player.SignUpAsync(app);
        faults.Arm(new DatabaseFault("credits", "SET \"BonusNoticeShownAt\"", FaultMoment.BeforeCommand));

        var page = await player.Browser.GetAsync("/");

        faults.Injected.Should().Be(1);
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().NotContain("You received 100 free credits");
        (await player.Browser.GetAsync("/")).Html.Should().Contain("You received 100 free credits");
    }
}
