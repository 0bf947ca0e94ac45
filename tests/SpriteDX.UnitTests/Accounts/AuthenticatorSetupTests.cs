using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.UnitTests.Accounts;

public sealed class AuthenticatorSetupTests
{
    [Test]
    public void The_key_is_shown_in_groups_of_four_and_the_app_link_names_SpriteDX_and_the_account()
    {
        var setup = AuthenticatorSetup.For("pixel+art@example.com", "JBSWY3DPEHPK3PXPJBSWY3DPEH");

        setup.SharedKey.Should().Be("jbsw y3dp ehpk 3pxp jbsw y3dp eh");
        setup.AuthenticatorUri.Should().Be("otpauth://totp/SpriteDX:pixel%2Bart%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEH&issuer=SpriteDX&digits=6");
        setup.QrCodeDataUri.Should().StartWith("data:image/png;base64,iVBORw0KGgo"); // a PNG, drawn here
    }

    [TestCase("123456", true)]
    [TestCase(" 123 456 ", true)]
    [TestCase("123-456", true)]
    [TestCase("12345", false)]
    [TestCase("12345a", false)]
    [TestCase("pixel-art-42", false)]
    public void Six_digits_with_any_spaces_or_dash_are_an_app_code(string typed, bool isCode) =>
        AuthenticatorCode.LooksLikeOne(AuthenticatorCode.Normalize(typed)).Should().Be(isCode);
}
