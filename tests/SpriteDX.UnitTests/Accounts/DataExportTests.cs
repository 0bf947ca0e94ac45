using SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;
using SpriteDX.Modules.Accounts.Features.DataExports;

namespace SpriteDX.UnitTests.Accounts;

public sealed class DataExportTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Account = Guid.NewGuid();

    [Test]
    public void A_first_export_may_be_asked_for()
    {
        DataExport.Decide(latest: null, Noon).Should().BeOfType<RequestDecision.Allowed>();
    }

    [Test]
    public void One_export_prepares_at_a_time_whenever_it_was_asked_for()
    {
        var preparing = DataExport.Request(Account, Noon);

        DataExport.Decide(preparing, Noon.AddHours(5)).Should().BeOfType<RequestDecision.AlreadyPreparing>();
        preparing.PreparingFor.Should().Be(Account, "the unique column holds the account while it prepares");
    }

    [Test]
    public void A_new_export_within_the_interval_of_a_ready_one_is_refused_until_a_stated_time()
    {
        var ready = Ready(requestedAt: Noon);

        DataExport.Decide(ready, Noon + DataExport.RequestInterval - TimeSpan.FromSeconds(1))
            .Should().Be(new RequestDecision.TooSoon(Noon + DataExport.RequestInterval));
        DataExport.Decide(ready, Noon + DataExport.RequestInterval).Should().BeOfType<RequestDecision.Allowed>();
    }

    [Test]
    public void A_failed_export_may_be_tried_again_at_once()
    {
        var failed = new DataExport { AccountId = Account, Status = DataExportStatus.Failed, RequestedAt = Noon };

        DataExport.Decide(failed, Noon.AddSeconds(1)).Should().BeOfType<RequestDecision.Allowed>();
    }

    [Test]
    public void An_export_is_downloadable_only_while_ready_and_before_it_expires()
    {
        var ready = Ready(requestedAt: Noon);

        ready.IsDownloadable(Noon.AddMinutes(1)).Should().BeTrue();
        ready.IsDownloadable(ready.ExpiresAt!.Value).Should().BeFalse();
        DataExport.Request(Account, Noon).IsDownloadable(Noon).Should().BeFalse();
    }

    [Test]
    public void The_file_is_named_for_the_day_it_was_prepared()
    {
        Ready(requestedAt: new DateTimeOffset(2026, 12, 3, 23, 59, 0, TimeSpan.Zero), completedAfter: TimeSpan.FromMinutes(2))
            .FileName.Should().Be("spritedx-data-2026-12-04.zip");
    }

    [Test]
    public void Only_preparing_exports_complete_or_fail_so_two_runs_of_a_build_store_one_archive()
    {
        foreach (var transition in new[] { DataExportTransition.Complete, DataExportTransition.Fail, DataExportTransition.Attempt })
        {
            DataExport.Transitions.Allows(DataExportStatus.Preparing, transition).Should().BeTrue();
            DataExport.Transitions.Allows(DataExportStatus.Ready, transition).Should().BeFalse();
            DataExport.Transitions.Allows(DataExportStatus.Failed, transition).Should().BeFalse();
        }
    }

    [TestCase(0, "0 bytes")]
    [TestCase(1023, "1023 bytes")]
    [TestCase(1536, "1.5 KB")]
    [TestCase(5 * 1024 * 1024 + 300 * 1024, "5.3 MB")]
    public void Sizes_read_at_a_glance(long bytes, string shown)
    {
        DataModel.Size(bytes).Should().Be(shown);
    }

    private static DataExport Ready(DateTimeOffset requestedAt, TimeSpan? completedAfter = null)
    {
        var completedAt = requestedAt + (completedAfter ?? TimeSpan.FromSeconds(3));
        return new DataExport
        {
            AccountId = Account, Status = DataExportStatus.Ready, RequestedAt = requestedAt, CompletedAt = completedAt, ExpiresAt = completedAt + DataExport.Lifetime,
        };
    }
}
