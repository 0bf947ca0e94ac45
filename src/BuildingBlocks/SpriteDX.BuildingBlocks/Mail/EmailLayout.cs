using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SpriteDX.BuildingBlocks.Mail;

/// <summary>
/// The look every module's e-mail shares: a card in the app's colours, styled inline because mail clients drop
/// style sheets. Templates stay with the module that sends them and pass plain text; everything is encoded here.
/// </summary>
public static class EmailLayout
{
    // Letters and symbols beyond ASCII ("•", "€") stay readable in the source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A whole HTML message: the brand line, an optional banner, a heading, paragraphs, label/value rows, a button and a footnote.</summary>
    public static string Html(EmailContent content)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="margin:0;padding:16px;background:#f7f6fb;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1c1830">
            <div style="max-width:480px;margin:0 auto;background:#ffffff;border:1px solid #e2deef;border-radius:12px;padding:28px">
            <p style="margin:0 0 16px;font-weight:700;color:#6d28d9">SpriteDX</p>
            """);
        if (content.Banner is { } banner)
            html.Append($"""<p style="margin:0 0 16px;padding:10px 14px;background:#fef3c7;border:1px solid #f59e0b;border-radius:8px;color:#78350f;font-weight:700">{E(banner)}</p>""");
        html.Append($"""<h1 style="margin:0 0 12px;font-size:22px;line-height:1.3">{E(content.Heading)}</h1>""");
        foreach (var paragraph in content.Paragraphs)
            html.Append($"""<p style="margin:0 0 16px;line-height:1.55">{E(paragraph)}</p>""");
        if (content.Details.Count > 0)
        {
            html.Append("""<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px;font-size:15px">""");
            foreach (var (label, value) in content.Details)
            {
                html.Append($"""<tr><td style="padding:7px 12px 7px 0;border-top:1px solid #eeebf5;color:#5d5775;white-space:nowrap;vertical-align:top">{E(label)}</td>""")
                    .Append($"""<td style="padding:7px 0;border-top:1px solid #eeebf5;text-align:right;font-weight:600">{E(value)}</td></tr>""");
            }

            html.Append("</table>");
        }

        if (content.Action is { } action)
            html.Append($"""<p style="margin:0 0 24px"><a href="{E(action.Href)}" style="display:inline-block;background:#6d28d9;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:8px;font-weight:600">{E(action.Label)}</a></p>""");
        if (content.Footnote is { } footnote)
            html.Append($"""<p style="margin:0;color:#5d5775;font-size:14px;line-height:1.55">{E(footnote)}</p>""");
        return html.Append("</div>\n</body></html>\n").ToString();
    }

    /// <summary>The plain-text part of the same message, for clients that show no HTML.</summary>
    public static string Text(EmailContent content)
    {
        var text = new StringBuilder();
        if (content.Banner is { } banner)
            text.Append(banner.ToUpperInvariant()).Append("\n\n");
        text.Append(content.Heading).Append("\n\n");
        foreach (var paragraph in content.Paragraphs)
            text.Append(paragraph).Append("\n\n");
        if (content.Details.Count > 0)
        {
            var width = content.Details.Max(d => d.Label.Length) + 2;
            foreach (var (label, value) in content.Details)
                text.Append((label + ":").PadRight(width)).Append(value).Append('\n');
            text.Append('\n');
        }

        if (content.Action is { } action)
            text.Append(action.Label).Append(":\n").Append(action.Href).Append("\n\n");
        if (content.Footnote is { } footnote)
            text.Append(footnote).Append('\n');
        return text.ToString();
    }

    private static string E(string text) => Encoder.Encode(text);
}

/// <summary>What one message says, as plain text; <see cref="EmailLayout"/> turns it into the HTML and text parts.</summary>
public sealed record EmailContent(string Subject, string Heading, IReadOnlyList<string> Paragraphs)
{
    /// <summary>A line shown above everything else, marked (a test-mode purchase, for instance).</summary>
    public string? Banner { get; init; }

    public IReadOnlyList<(string Label, string Value)> Details { get; init; } = [];

    public EmailAction? Action { get; init; }

    public string? Footnote { get; init; }
}

public sealed record EmailAction(string Label, string Href);
