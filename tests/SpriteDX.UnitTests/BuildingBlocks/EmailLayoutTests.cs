using SpriteDX.BuildingBlocks.Mail;

namespace SpriteDX.UnitTests.BuildingBlocks;

public sealed class EmailLayoutTests
{
    private static readonly EmailContent Content = new("Receipt", "Thanks <b>", ["Paid with Visa •••• 4242 & more"])
    {
        Banner = "TEST MODE: no real money moved",
        Details = [("Pack", "<script>alert(1)</script>"), ("Amount", "€5.00")],
        Action = new EmailAction("View your receipt", "https://sprites.example/billing/receipts/1?a=1&b=2"),
    };

    [Test]
    public void Markup_in_any_text_is_encoded_and_other_characters_stay_readable()
    {
        var html = EmailLayout.Html(Content);

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;").And.Contain("Thanks &lt;b&gt;")
            .And.Contain("Visa •••• 4242 &amp; more").And.Contain("€5.00")
            .And.Contain("href=\"https://sprites.example/billing/receipts/1?a=1&amp;b=2\"");
    }

    [Test]
    public void The_text_part_says_the_same_with_the_banner_first_and_the_link_in_full()
    {
        var text = EmailLayout.Text(Content);

        text.Should().StartWith("TEST MODE: NO REAL MONEY MOVED\n\nThanks <b>\n\n")
            .And.Contain("Pack:   <script>alert(1)</script>\n").And.Contain("Amount: €5.00\n")
            .And.Contain("View your receipt:\nhttps://sprites.example/billing/receipts/1?a=1&b=2\n");
    }
}
