using SpriteDX.Modules.Accounts;

namespace SpriteDX.UnitTests.Accounts;

public sealed class AccountsOptionsTests
{
    [TestCase("boss@spritedx.test", true)]
    [TestCase("BOSS@SpriteDX.test", true)]
    [TestCase(" ops@spritedx.test ", true)]
    [TestCase("player@spritedx.test", false)]
    [TestCase("boss@spritedx.test.evil", false)]
    public void Only_listed_emails_become_admins(string email, bool isAdmin) =>
        new AccountsOptions { BootstrapEmails = "boss@spritedx.test, ops@spritedx.test" }.IsBootstrapAdmin(email).Should().Be(isAdmin);

    [Test]
    public void Nobody_is_an_admin_when_the_list_is_empty() =>
        new AccountsOptions().IsBootstrapAdmin("").Should().BeFalse();
}
