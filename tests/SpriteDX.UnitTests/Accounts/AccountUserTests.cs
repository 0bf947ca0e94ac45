using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.SignIn;

namespace SpriteDX.UnitTests.Accounts;

public sealed class AccountUserTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [TestCase("admin")]
    [TestCase("early_access")]
    [TestCase("suspended")]
    public void An_older_access_decision_delivered_late_does_not_undo_a_newer_one(string flag)
    {
        var user = AccountUser.Open("player@example.com", Noon, isBootstrapAdmin: false);

        user.ApplyAccess(flag, true, Noon.AddMinutes(1)).Should().BeTrue();
        user.ApplyAccess(flag, false, Noon.AddMinutes(2)).Should().BeTrue();
        user.ApplyAccess(flag, true, Noon.AddMinutes(1)).Should().BeFalse();

        (user.IsAdmin, user.HasEarlyAccess, user.IsSuspended).Should().Be((false, false, false));
    }

    [Test]
    public void Each_flag_changes_only_itself()
    {
        var user = AccountUser.Open("player@example.com", Noon, isBootstrapAdmin: false);

        user.ApplyAccess("suspended", true, Noon);

        (user.IsAdmin, user.HasEarlyAccess, user.IsSuspended).Should().Be((false, false, true));
    }

    [Test]
    public void An_unknown_flag_is_an_error_not_a_silent_no_op()
    {
        var user = AccountUser.Open("player@example.com", Noon, isBootstrapAdmin: false);

        user.Invoking(u => u.ApplyAccess("vip", true, Noon)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void An_active_account_is_announced_as_seen_at_most_every_few_minutes()
    {
        AccountSeenRecorder.IsDue(null, Noon).Should().BeTrue();
        AccountSeenRecorder.IsDue(Noon.AddMinutes(-1), Noon).Should().BeFalse();
        AccountSeenRecorder.IsDue(Noon - AccountUser.SeenInterval - TimeSpan.FromSeconds(1), Noon).Should().BeTrue();
    }
}
